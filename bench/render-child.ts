// Child of figure 12, in its own process so the render browser has the machine to itself. Prints
// one JSON line: the baseline (a bare browser start with the action's flags, plus a screenshot of
// a blank page, i.e. what any headless-Chrome step pays), the render browser's start (the same,
// plus loading three.js and its studio lighting), and the time of each sheet after that.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import puppeteer from 'puppeteer-core'
import { browserFlags, runningAsRoot } from '../src/render/browser-flags.js'
import { RenderBrowser } from '../src/render/browser.js'
import { pageScript } from '../src/render/page-script.js'

const [executable, rounds, ...models] = process.argv.slice(2)

async function bareStart(): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'meshy-bench-bare-'))
  const started = performance.now()
  const browser = await puppeteer.launch({
    executablePath: executable,
    ignoreDefaultArgs: true,
    args: browserFlags(profile, runningAsRoot()),
    pipe: true,
    defaultViewport: { width: 1024, height: 1024 }
  })
  try {
    const page = await browser.newPage()
    await page.goto('about:blank')
    await page.screenshot({ type: 'png' })
    return performance.now() - started
  } finally {
    await browser.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

// Built (from the sources, with esbuild) before anything is timed: the bundle ships it ready.
await pageScript()
const bare: number[] = []
const start: number[] = []
const sheets: Record<string, number[]> = {}
for (let round = 0; round < Number(rounds); round++) {
  bare.push(await bareStart())
  const started = performance.now()
  const browser = await RenderBrowser.start({ executable, startTimeoutMs: 60_000 })
  start.push(performance.now() - started)
  try {
    for (const model of models) {
      const t = performance.now()
      await browser.sheet(model, 30_000)
      ;(sheets[model] ??= []).push(performance.now() - t)
    }
  } finally {
    await browser.close()
  }
}
process.stdout.write(JSON.stringify({ bare, start, sheets }) + '\n')
