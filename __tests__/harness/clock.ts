// A clock for tests: sleeps return at once but move now() forward, and are recorded.
import type { Clock } from '../../src/core/clock.js'

export function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = []
  let offset = 0
  return {
    sleeps,
    now: () => Date.now() + offset,
    sleep: async ms => {
      sleeps.push(ms)
      offset += ms
    },
    random: () => 0.5
  }
}
