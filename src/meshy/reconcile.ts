// A create whose reply was lost may still have created (and billed) a task. Sending it again
// could pay twice, so instead we look for the task it made: the newest tasks of its type, created
// in the window around our request, whose recorded request (`input`) matches what we sent.
import type { Clock } from '../core/clock.js'
import type { MeshyClient } from './client.js'
import type { MeshyTask, Resource } from './types.js'

export interface AdoptOptions {
  /** Task ids that are already accounted for (e.g. other assets of this batch): never adopted. */
  exclude?: Iterable<string>
  /** Required: the pauses between list attempts sleep on the run's clock, as tests inject it. */
  clock: Clock
  /** How far Meshy's clock may run ahead of ours (ms). Default 5 minutes. */
  skewMs?: number
  /** List attempts, for a list that lags behind a fresh create. Default 3. */
  attempts?: number
  /** Pause between attempts (ms). Default 1500. */
  retryDelayMs?: number
}

/** How far before `sentAt` Meshy's created_at may be (clock skew and rounding). */
const EARLY_MS = 5_000

/**
 * Returns the task the lost request created, or undefined when none matches. When several match,
 * the one created first after the request wins; when nothing distinguishes candidates (no echoed
 * field to compare) and more than one exists, it returns undefined rather than guess.
 */
export async function adoptLostCreate(
  client: Pick<MeshyClient, 'list'>,
  resource: Resource,
  body: Record<string, unknown>,
  sentAt: number,
  deadline: number,
  options: AdoptOptions
): Promise<MeshyTask | undefined> {
  const { clock } = options
  const attempts = options.attempts ?? 3
  const exclude = new Set(options.exclude ?? [])
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const tasks = await client.list({
      type: resource.type,
      sortBy: '-created_at',
      pageSize: 50,
      deadline
    })
    const upper = clock.now() + (options.skewMs ?? 300_000)
    // A list that ignored the filter must not lend us a task of another type.
    const sameType = tasks.filter(t => t.type === undefined || t.type === resource.type)
    const found = pickMatch(sameType, body, sentAt - EARLY_MS, upper, exclude)
    if (found !== 'none') return found === 'ambiguous' ? undefined : found
    const pause = options.retryDelayMs ?? 1500
    if (attempt === attempts || clock.now() + pause >= deadline) break
    await clock.sleep(pause)
  }
  return undefined
}

/** Exposed for tests: the matching rule on one page of tasks. */
export function pickMatch(
  tasks: MeshyTask[],
  body: Record<string, unknown>,
  from: number,
  to: number,
  exclude: Set<string> = new Set()
): MeshyTask | 'none' | 'ambiguous' {
  const candidates = tasks
    .filter(t => !exclude.has(t.id))
    .filter(t => typeof t.created_at === 'number' && t.created_at >= from && t.created_at <= to)
    .map(t => ({ task: t, compared: compareEcho(t, body) }))
    .filter(c => c.compared >= 0)
  if (candidates.length === 0) return 'none'
  const evidenced = candidates.filter(c => c.compared > 0)
  if (evidenced.length === 0 && candidates.length > 1) return 'ambiguous'
  const pool = evidenced.length > 0 ? evidenced : candidates
  pool.sort((a, b) => (a.task.created_at as number) - (b.task.created_at as number))
  return pool[0].task
}

/**
 * -1 when a recorded field contradicts the request, else how many fields agreed. Only scalar
 * fields are compared (never inline data URIs), and only those the task records: under `input`
 * on v2, at the top level on v1.
 */
export function compareEcho(task: MeshyTask, body: Record<string, unknown>): number {
  let agreed = 0
  const recorded = task.input ?? task
  for (const [key, sent] of Object.entries(body)) {
    if (!isScalar(sent) || (typeof sent === 'string' && sent.startsWith('data:'))) continue
    const echoed = recorded[key]
    if (echoed === undefined || echoed === null) continue
    if (!isScalar(echoed) || String(echoed) !== String(sent)) return -1
    agreed++
  }
  return agreed
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}
