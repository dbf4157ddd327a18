// The hash that decides whether an asset must be generated again: everything that determines the
// result, i.e. the resolved request(s) exactly as they would be sent, with inline files replaced
// by their content hash (so the hash stays short and a changed file changes it), plus what is
// downloaded and, for a chained asset, its source's hash.
import type { TaskSpec } from '../../config/types.js'
import type { MeshyTask } from '../../meshy/types.js'
import { kindOf } from '../../tasks/catalogue.js'
import { canonicalJson, sha256Hex } from '../../core/canonical.js'
import { legacySteps, type LegacyStep } from './legacy-request.js'
import { FROM_PLACEHOLDER } from '../manifest/manifest.js'

/** Bumped only if the hash's input changes shape (every asset would regenerate). */
const HASH_SCHEME = 1

export interface HashSource {
  name: string
  hash: string
}

export function requestHash(spec: TaskSpec, source?: HashSource): string {
  const steps = kindOf(spec.task).steps(spec)
  const routes = steps.map(step => ({
    route: `${step.resource.version}/${step.resource.path}`,
    body: step.body
  }))
  return hashOf(spec, routes, source)
}

/**
 * The hash release 1.0 recorded for the same asset (its v1-era requests), or undefined when that
 * release could not have made it. `source` is the source asset's legacy hash.
 */
export function legacyRequestHash(spec: TaskSpec, source?: HashSource): string | undefined {
  const steps = legacySteps(spec)
  return steps && hashOf(spec, steps, source)
}

function hashOf(spec: TaskSpec, steps: LegacyStep[], source?: HashSource): string {
  const media = mediaHashes(spec)
  const bodies = steps.map((step, index) => {
    // A later step's body names the previous step's task: stand in a stable token for its id.
    const previous =
      index > 0 ? ({ id: `step-${index - 1}`, status: 'SUCCEEDED' } as MeshyTask) : undefined
    return replaceStrings(step.body(previous), value => {
      if (source && value === FROM_PLACEHOLDER) return `from:${source.name}`
      if (value.startsWith('data:')) return `sha256:${media.get(value) ?? sha256Hex(value)}`
      return value
    })
  })
  const input = {
    scheme: HASH_SCHEME,
    task: spec.task,
    steps: steps.map((step, i) => ({ resource: step.route, body: bodies[i] })),
    formats: spec.formats,
    download: spec.download,
    from: source ? { asset: source.name, hash: source.hash } : null
  }
  return `sha256:${sha256Hex(canonicalJson(input))}`
}

/** Data URIs built from workspace files already carry the file's content hash. */
function mediaHashes(spec: TaskSpec): Map<string, string> {
  const map = new Map<string, string>()
  for (const m of [...spec.images, ...(spec.model ? [spec.model] : [])]) {
    if (m.file) map.set(m.value, m.file.sha256)
  }
  return map
}

function replaceStrings(value: unknown, replace: (s: string) => string): unknown {
  if (typeof value === 'string') return replace(value)
  if (Array.isArray(value)) return value.map(v => replaceStrings(v, replace))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceStrings(v, replace)])
    )
  }
  return value
}
