// Draws render sheets for a whole run with one browser, started on the first model and closed at
// the end. Sheets are drawn one at a time (batch assets call in from parallel work), each within
// 30 s and the run's deadline. A failure is a warning and never fails the step: the model itself
// is already downloaded and checked.
import type { Confinement } from '../assets/safe-write.js'
import { writeFileSafely } from '../assets/safe-write.js'
import type { Clock } from '../core/clock.js'
import { errorMessage } from '../core/errors.js'
import type { Logger } from '../core/log.js'
import type { BrowserChoice } from './browser-choice.js'
import type { RenderBrowser } from './browser.js'
import { textureRefusal } from './texture-check.js'

export const MODEL_LIMIT_MS = 30_000
/** The browser's start, paid once (about 5-15 s with software GL on a busy 2-core runner). */
export const START_LIMIT_MS = 60_000
/** When the step's deadline has passed by the time models are drawn, this much is still given. */
export const LATE_GRACE_MS = 60_000

/** Drawn, or why not (said as a warning too; the summary shows it on the model's row). */
export type SheetOutcome = { drawn: true } | { drawn: false; why?: string }

export interface SessionOptions {
  choice: BrowserChoice
  confine: Confinement
  logger: Logger
  clock: Clock
  /** The step's deadline (timeout-minutes), in the clock's ms. */
  deadline: number
}

export class SheetSession {
  private browser?: Promise<RenderBrowser | undefined>
  private queue: Promise<unknown> = Promise.resolve()
  private deadline?: number
  private noticed = false

  constructor(private readonly opts: SessionOptions) {}

  /**
   * Draws the model at `modelAbs` into the PNG `dest` (absolute, inside the confinement).
   * Says why, as a warning, when no sheet was written.
   */
  render(modelAbs: string, shown: string, dest: string): Promise<SheetOutcome> {
    const run = this.queue.then(() => this.renderNow(modelAbs, shown, dest))
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Closes the browser if one was started; always safe to call. */
  async close(): Promise<void> {
    await this.queue
    const browser = await this.browser?.catch(() => undefined)
    await browser?.close().catch(err => {
      this.opts.logger.debug(`Closing the render browser: ${errorMessage(err)}`)
    })
    this.browser = undefined
  }

  private async renderNow(modelAbs: string, shown: string, dest: string): Promise<SheetOutcome> {
    const { logger, clock } = this.opts
    const notDrawn = (why: string, lead = 'Not rendered'): SheetOutcome => {
      logger.warning(`${lead} ${shown}: ${why}${why.endsWith('.') ? '' : '.'}`)
      return { drawn: false, why }
    }
    const browser = await this.start()
    // Said once already (no browser, or it did not start); nothing to add per model.
    if (!browser) return { drawn: false }
    // Before the page sees the model: its textures' sizes, from their headers.
    const refused = await textureRefusal(modelAbs).catch(err => errorMessage(err))
    if (refused) return notDrawn(refused)
    const left = this.endsAt() - clock.now()
    if (left <= 0) return notDrawn("the step's deadline has passed")
    try {
      const png = await browser.sheet(modelAbs, Math.min(MODEL_LIMIT_MS, left))
      await writeFileSafely(this.opts.confine, dest, png)
      return { drawn: true }
    } catch (err) {
      // The page's errors carry a browser stack after the message: the first line says it.
      return notDrawn(errorMessage(err).split('\n')[0], 'Could not render')
    }
  }

  private endsAt(): number {
    this.deadline ??= Math.max(this.opts.deadline, this.opts.clock.now() + LATE_GRACE_MS)
    return this.deadline
  }

  /** Starts the browser once; undefined (said once) when there is none or it cannot start. */
  private start(): Promise<RenderBrowser | undefined> {
    this.browser ??= this.launch()
    return this.browser
  }

  private async launch(): Promise<RenderBrowser | undefined> {
    const { choice, logger, clock } = this.opts
    if (!choice.executable) {
      if (!this.noticed) {
        this.noticed = true
        ;(logger.notice ?? logger.info)(
          `render: auto found no Chrome or Chromium (searched ${choice.searched}), so no model ` +
            `was rendered. Install one or set chrome-path to get render sheets; render: false ` +
            `silences this notice.`
        )
      }
      return undefined
    }
    const started = clock.now()
    try {
      const { RenderBrowser } = await import('./browser.js')
      const browser = await RenderBrowser.start({
        executable: choice.executable,
        startTimeoutMs: Math.max(1000, Math.min(START_LIMIT_MS, this.endsAt() - started))
      })
      logger.info(
        `Render browser started (${choice.executable}) in ${((clock.now() - started) / 1000).toFixed(1)} s.`
      )
      return browser
    } catch (err) {
      logger.warning(
        `Could not start the render browser ${choice.executable}: ${errorMessage(err)}. No model is rendered in this run.`
      )
      return undefined
    }
  }
}
