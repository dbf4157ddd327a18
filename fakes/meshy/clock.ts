// A fake clock: real time scaled by `speed`, plus manual jumps. Timers are keyed to fake time,
// so both a fast clock and advance() wake them at the right moment without polling loops.

import type { FakeClock } from './types.js'

interface Timer {
  at: number
  fire: () => void
  handle?: NodeJS.Timeout
}

export class ScaledClock implements FakeClock {
  private readonly realStart = Date.now()
  private readonly fakeStart = this.realStart
  private offset = 0
  private readonly timers = new Set<Timer>()

  constructor(private readonly speed = 1) {
    if (!(speed > 0)) throw new Error('speed must be > 0')
  }

  now(): number {
    return Math.floor(this.fakeStart + (Date.now() - this.realStart) * this.speed + this.offset)
  }

  advance(ms: number): void {
    this.offset += ms
    // Fire what became due right away (deterministic for tests), re-aim the rest.
    for (const timer of [...this.timers]) this.arm(timer)
  }

  /** Calls `fire` once the fake time reaches `at`. Returns a cancel function. */
  at(at: number, fire: () => void): () => void {
    const timer: Timer = { at, fire }
    this.timers.add(timer)
    this.arm(timer)
    return () => this.cancel(timer)
  }

  cancelAll(): void {
    for (const timer of [...this.timers]) this.cancel(timer)
  }

  private cancel(timer: Timer): void {
    if (timer.handle) clearTimeout(timer.handle)
    this.timers.delete(timer)
  }

  private arm(timer: Timer): void {
    if (timer.handle) clearTimeout(timer.handle)
    const wait = (timer.at - this.now()) / this.speed
    if (wait <= 0) {
      this.cancel(timer)
      timer.fire()
      return
    }
    // Real timers may fire a little early against the scaled clock; arm() re-checks.
    timer.handle = setTimeout(() => this.arm(timer), Math.ceil(wait))
    timer.handle.unref()
  }
}
