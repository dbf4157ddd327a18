// The lockfile's shapes (docs/lockfile.md), apart from reading and writing it, so the checker
// and the reader share them without importing each other.

export const LOCKFILE_VERSION = 1

export const LOCK_STATUSES = ['PENDING', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'CANCELED'] as const
export type LockStatus = (typeof LOCK_STATUSES)[number]

/** A status to record: Meshy's own when it is one we know, else IN_PROGRESS (resumed by id). */
export function lockStatus(status: string): LockStatus {
  return (LOCK_STATUSES as readonly string[]).includes(status)
    ? (status as LockStatus)
    : 'IN_PROGRESS'
}

export interface LockedFile {
  /** Workspace-relative, forward slashes, inside <output-dir>/<asset>/. */
  path: string
  sha256: string
  bytes: number
  /** Models, where known: what a regeneration changed shows in the PR diff, and budgets re-check. */
  triangles?: number
  vertices?: number
  'max-texture-size'?: number
  /** glTF-Validator's counts (absent with validate: off). */
  errors?: number
  warnings?: number
}

export interface LockEntry {
  /** sha256 of the canonical resolved request (see request-hash.ts). */
  hash: string
  task: string
  /** Meshy status of the asset's newest task; IN_PROGRESS while any step is unfinished. */
  status: LockStatus
  /** One task id per step, in order; a crashed run resumes these instead of creating again. */
  'task-ids': string[]
  /** ai_model used (echoed by Meshy when it does, else what was asked, else 'default'). */
  model: string
  files: LockedFile[]
  credits: number
  /** ISO time of the last change to this entry. */
  updated: string
  /** ISO time after which Meshy's result URLs stop working (re-download possible before it). */
  'expires-at'?: string
  /** A create was sent and its reply not yet recorded: the next run looks for it before creating. */
  pending?: { step: number; 'sent-at': string }
  /** Why the last run of this asset did not complete. */
  error?: string
  /** print-analyze: Meshy's printability verdict, which require-printable judges on re-runs. */
  printable?: boolean
  /** Short digests of the inputs it was generated from, so a plan can say what changed. */
  inputs?: Record<string, string>
}

export interface Lockfile {
  version: number
  /** Without a prototype: an asset name can never reach Object.prototype. */
  assets: Record<string, LockEntry>
}
