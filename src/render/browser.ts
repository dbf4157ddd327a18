// One headless browser for a whole run: started on the first model, serving every model through
// one page, closed (and its throwaway profile removed) at the end. puppeteer-core is imported
// lazily, so runs that render nothing never load it; it drives the browser over a pipe, so no
// port is opened, and it never downloads a browser.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'puppeteer-core'
import { browserFlags, childEnvironment, runningAsRoot } from './browser-flags.js'
import { ModelServer } from './model-server.js'
import { pageHtml, SHEET_SIZE } from './page-html.js'
import { pageScript } from './page-script.js'

const CLOSE_LIMIT_MS = 10_000

export interface BrowserOptions {
  executable: string
  /** ms allowed for the browser to start and the page to get ready. */
  startTimeoutMs: number
}

export class RenderBrowser {
  private page?: Page

  private constructor(
    private readonly browser: Browser,
    private readonly profile: string,
    private readonly server: ModelServer
  ) {}

  static async start(opts: BrowserOptions): Promise<RenderBrowser> {
    const profile = await mkdtemp(join(tmpdir(), 'meshy-render-profile-'))
    const server = new ModelServer(pageHtml(await pageScript()))
    let browser: Browser | undefined
    try {
      await server.listen()
      // scripts/bundle.mjs points it at dist/puppeteer-core.mjs, which is bundled on its own.
      const puppeteer = await import('puppeteer-core')
      browser = await puppeteer.launch({
        executablePath: opts.executable,
        ignoreDefaultArgs: true,
        args: browserFlags(profile, runningAsRoot()),
        // An allow-list: the action's environment holds the API key and the job's tokens.
        env: childEnvironment(profile),
        pipe: true,
        timeout: opts.startTimeoutMs,
        protocolTimeout: opts.startTimeoutMs,
        defaultViewport: null,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false
      })
      const session = new RenderBrowser(browser, profile, server)
      await session.openPage(opts.startTimeoutMs)
      return session
    } catch (err) {
      await browser?.close().catch(() => undefined)
      await server.close()
      await rm(profile, { recursive: true, force: true })
      throw err
    }
  }

  /** The sheet of one model as PNG bytes; throws when the page cannot draw it in time. */
  async sheet(modelPath: string, timeoutMs: number): Promise<Uint8Array> {
    const url = this.server.serve(modelPath)
    try {
      const page = this.page ?? (await this.openPage(timeoutMs))
      const draw = async () => {
        await page.evaluate((u: string) => (window as unknown as Sheet).meshyRender(u), url)
        return page.screenshot({
          type: 'png',
          clip: { x: 0, y: 0, width: SHEET_SIZE, height: SHEET_SIZE }
        })
      }
      return await withTimeout(draw(), timeoutMs, `not drawn within ${timeoutMs / 1000} s`)
    } catch (err) {
      // A page stuck on one model must not hold up the next: the next one gets a fresh page.
      const stale = this.page
      this.page = undefined
      await stale?.close().catch(() => undefined)
      throw err
    } finally {
      this.server.forget(url)
    }
  }

  /** The browser's process id (the tests read its environment). */
  get pid(): number | undefined {
    return this.browser.process()?.pid
  }

  async close(): Promise<void> {
    // A browser that does not close in time is killed: the step must not hang on its exit.
    const closed = await withTimeout(this.browser.close(), CLOSE_LIMIT_MS, 'close').then(
      () => true,
      () => false
    )
    if (!closed) this.browser.process()?.kill('SIGKILL')
    await this.server.close()
    await rm(this.profile, { recursive: true, force: true, maxRetries: 3 })
  }

  private async openPage(timeoutMs: number): Promise<Page> {
    const page = await this.browser.newPage()
    page.setDefaultTimeout(timeoutMs)
    await page.setViewport({ width: SHEET_SIZE, height: SHEET_SIZE, deviceScaleFactor: 1 })
    // A model is untrusted (an API answer, or a file from the checkout): a glTF may name any URL
    // for its buffers and images. The page may fetch from this run's model server only, so no
    // request leaves the machine and none reaches another local service.
    const own = this.server.pageUrl
    await page.setRequestInterception(true)
    page.on('request', request => {
      const url = request.url()
      const allowed = url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:')
      void (allowed ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined)
    })
    await page.goto(this.server.pageUrl, { waitUntil: 'load' })
    await page.waitForFunction(() => (window as unknown as Sheet).meshyReady === true)
    this.page = page
    return page
  }
}

interface Sheet {
  meshyRender(url: string): Promise<unknown>
  meshyReady: boolean
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  return Promise.race([work, limit]).finally(() => clearTimeout(timer))
}
