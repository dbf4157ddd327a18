// The runner cancels a step (a cancelled run, or the step's own `timeout-minutes:`) by sending
// SIGINT, then SIGTERM a few seconds later, then killing it. Behind an interface so tests of
// run() can raise a signal without touching the test process's own handlers.

export interface SignalSource {
  /** Calls `handler` with the signal's name on SIGINT or SIGTERM; returns an unsubscribe. */
  onSignal(handler: (signal: string) => void): () => void
  /** Ends the process: after a cancellation there is nothing left worth waiting for. */
  exit(code: number): void
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const

export const processSignals: SignalSource = {
  onSignal(handler) {
    const listeners = SIGNALS.map(name => {
      const listener = (): void => handler(name)
      process.on(name, listener)
      return [name, listener] as const
    })
    return () => {
      for (const [name, listener] of listeners) process.off(name, listener)
    }
  },
  exit(code) {
    process.exit(code)
  }
}
