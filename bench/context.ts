// What every figure receives: the bundle to run and a way to start fakes that are closed at
// the end even when a figure throws.
import { startFakeMeshy, type FakeMeshy, type FakeMeshyOptions } from '../fakes/meshy/index.js'
import { spawnFakeMeshy, type FakeProcess } from '../fakes/meshy/process.js'
import type { Entry } from './entry.js'

export interface BenchContext {
  entry: Entry
  /** Starts an HTTPS fake on loopback; run.ts closes it after the figure. */
  fake(options?: FakeMeshyOptions): Promise<FakeMeshy>
  /** Starts the fake as its own process (cli.ts flags); run.ts stops it after the figure. */
  fakeProcess(args: string[]): Promise<FakeProcess>
}

export function createContext(entry: Entry): BenchContext & { closeAll(): Promise<void> } {
  const open: FakeMeshy[] = []
  const processes: FakeProcess[] = []
  return {
    entry,
    fake: async options => {
      const fake = await startFakeMeshy(options)
      open.push(fake)
      return fake
    },
    fakeProcess: async args => {
      const fake = await spawnFakeMeshy(args)
      processes.push(fake)
      return fake
    },
    closeAll: async () => {
      for (const fake of processes.splice(0)) fake.stop()
      await Promise.all(open.splice(0).map(f => f.close()))
    }
  }
}
