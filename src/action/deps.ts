// Everything run() touches in the outside world. Tests build their own; the action uses these.
import type { Clock } from '../core/clock.js'
import { systemClock } from '../core/clock.js'
import type { Logger, SourcePlace } from '../core/log.js'
import { createTransport } from '../meshy/transport.js'
import type { Transport } from '../meshy/transport.js'
import type { ReportDeps } from '../report/types.js'
import { processSignals, type SignalSource } from '../core/signals.js'

/** The slice of @actions/core that run() uses. */
export interface ActionCore {
  getInput(name: string): string
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  /** For the post step (run-state.ts); absent in tests that do not check it. */
  saveState?(name: string, value: string): void
  /** Raw log sink; run() wraps it with redaction. */
  log: Logger
}

export interface Deps {
  core: ActionCore
  env: NodeJS.ProcessEnv
  clock: Clock
  /** For Meshy API calls and for asset downloads (the latter never carry the key). */
  transport: Transport
  octokit?: ReportDeps['octokit']
  artifactClient?: ReportDeps['artifactClient']
  /** For `attest: true`; default: provenance.ts's @actions/attest attester. */
  attester?: ReportDeps['attester']
  /** The runner's cancel signals; absent in tests that do not raise them. */
  signals?: SignalSource
}

export async function defaultDeps(): Promise<Deps> {
  const core = await import('@actions/core')
  return {
    core: {
      getInput: name => core.getInput(name),
      setSecret: value => core.setSecret(value),
      setOutput: (name, value) => core.setOutput(name, value),
      setFailed: message => core.setFailed(message),
      saveState: (name, value) => core.saveState(name, value),
      log: {
        debug: m => core.debug(m),
        info: m => core.info(m),
        warning: (m, place) => core.warning(m, annotationProperties(place)),
        error: (m, place) => core.error(m, annotationProperties(place)),
        notice: m => core.notice(m),
        group: (title, write) => {
          core.startGroup(title)
          try {
            write()
          } finally {
            core.endGroup()
          }
        }
      }
    },
    env: process.env,
    clock: systemClock,
    transport: createTransport({ userAgent: 'meshy-action' }),
    signals: processSignals
  }
}

/** Where an annotation points, as @actions/core takes it. */
function annotationProperties(place?: SourcePlace): { file?: string; startLine?: number } {
  return place ? { file: place.file, startLine: place.line } : {}
}
