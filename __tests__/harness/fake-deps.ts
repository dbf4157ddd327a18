// The Deps that run() takes, for tests: inputs from a record; outputs, failures and every log
// line collected; the real transport (the fakes listen on loopback) and the system clock unless
// the test hands in its own. One place, so a new field of Deps is added here, not in each suite.
import { systemClock } from '../../src/core/clock.js'
import type { Deps } from '../../src/action/deps.js'
import { createTransport } from '../../src/meshy/transport.js'

export interface FakeDeps {
  deps: Deps
  /**
   * What the step printed, in order: `level: message` per log line, `setSecret: value` per mask
   * (the runner's add-mask is a line of the log too, so a test can check it came first).
   */
  lines: string[]
  outputs: Record<string, string>
  /** Messages given to setFailed. */
  failed: string[]
}

/** The parts of Deps a test may replace: the clock, the attester, the signals, the clients. */
export type DepsOverrides = Partial<Omit<Deps, 'core' | 'env'>>

export function fakeDeps(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  overrides: DepsOverrides = {}
): FakeDeps {
  const lines: string[] = []
  const outputs: Record<string, string> = {}
  const failed: string[] = []
  const line = (level: string) => (m: string) => void lines.push(`${level}: ${m}`)
  const deps: Deps = {
    core: {
      getInput: name => inputs[name] ?? '',
      setSecret: value => void lines.push(`setSecret: ${value}`),
      setOutput: (name, value) => void (outputs[name] = value),
      setFailed: message => void failed.push(message),
      log: {
        debug: line('debug'),
        info: line('info'),
        warning: line('warning'),
        error: line('error')
      }
    },
    env,
    clock: systemClock,
    transport: createTransport(),
    ...overrides
  }
  return { deps, lines, outputs, failed }
}

/** The lines logged at these levels, without their `level: ` prefix. */
export function logged(lines: string[], ...levels: string[]): string[] {
  return lines.flatMap(l => {
    const at = l.indexOf(': ')
    return levels.includes(l.slice(0, at)) ? [l.slice(at + 2)] : []
  })
}
