// What every figure receives: the bundle to run and a way to start fakes that are closed at
// the end even when a figure throws.
import { startFakeMeshy, type FakeMeshy, type FakeMeshyOptions } from '../test/fake-meshy/index.js'
import type { Entry } from './entry.js'

export interface BenchContext {
  entry: Entry
  /** Starts an HTTPS fake on loopback; run.ts closes it after the figure. */
  fake(options?: FakeMeshyOptions): Promise<FakeMeshy>
}

export function createContext(entry: Entry): BenchContext & { closeAll(): Promise<void> } {
  const open: FakeMeshy[] = []
  return {
    entry,
    fake: async options => {
      const fake = await startFakeMeshy(options)
      open.push(fake)
      return fake
    },
    closeAll: async () => {
      await Promise.all(open.splice(0).map(f => f.close()))
    }
  }
}
