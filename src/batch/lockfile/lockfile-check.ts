// Checks a parsed lockfile field by field before anything trusts it. The lockfile arrives in pull
// requests: its task ids are resumed (and logged), its paths are hashed and deleted, its times
// decide merges. An invalid entry is an error naming the file and the entry, raised before any
// request; nothing is dropped or trusted silently. Values are never quoted back: the message
// says which field and what it accepts.
import { posix } from 'node:path'
import { ConfigurationError } from '../../core/errors.js'
import { isTaskId } from '../../meshy/task-id.js'
import { isTaskType } from '../../tasks/catalogue.js'
import { isProducedFileName } from '../../tasks/catalogue.js'
import { LOCK_STATUSES, LOCKFILE_VERSION, type LockEntry, type Lockfile } from './lockfile-types.js'
import { isAssetName } from '../manifest/manifest.js'

export interface CheckOptions {
  /** Now, in ms: an `updated` time after it (beyond clock skew) is refused. */
  now: number
  /**
   * The output folder, workspace-relative with forward slashes ('' for the workspace itself):
   * every file must be <outputDir>/<asset>/<name>. Unknown to the merge action, which then
   * requires only <…>/<asset>/<name>.
   */
  outputDir?: string
}

/** Runners' clocks differ by seconds; an entry minutes ahead is an edit, not skew. */
export const CLOCK_SKEW_MS = 5 * 60_000

const VERSION = LOCKFILE_VERSION
const STATUSES = LOCK_STATUSES
const HASH = /^sha256:[0-9a-f]{64}$/
const SHA256 = /^[0-9a-f]{64}$/
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const ENTRY_KEYS = new Set([
  'hash',
  'task',
  'status',
  'task-ids',
  'model',
  'files',
  'credits',
  'updated',
  'expires-at',
  'pending',
  'error',
  'inputs',
  'printable'
])
/** Model facts a file may carry (docs/lockfile.md): whole numbers, 0 or more. */
const FILE_FACTS = ['triangles', 'vertices', 'max-texture-size', 'errors', 'warnings'] as const
const DIGEST = /^[0-9a-f]{12}$/

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function checkLockfile(data: unknown, label: string, opts: CheckOptions): Lockfile {
  const refuse = (message: string): never => {
    throw new ConfigurationError('lockfile', `${label}: ${message}; fix or remove it`)
  }
  if (!isRecord(data)) refuse('must be a JSON object with "version" and "assets"')
  const top = data as Record<string, unknown>
  if (top.version !== VERSION) {
    const shown = typeof top.version === 'number' ? `version ${top.version}` : 'no valid version'
    refuse(`has ${shown}; this action reads version ${VERSION}`)
  }
  if (!isRecord(top.assets)) refuse('has no "assets" object')
  const extra = Object.keys(top).filter(k => k !== 'version' && k !== 'assets')
  if (extra.length) refuse(`has ${extra.length} unknown top-level key(s); only version and assets`)
  const assets: Record<string, LockEntry> = Object.create(null)
  Object.entries(top.assets as Record<string, unknown>).forEach(([name, entry], index) => {
    if (!isAssetName(name)) {
      refuse(`entry #${index + 1} of "assets" has a name that is not a valid asset name`)
    }
    try {
      assets[name] = checkEntry(entry, name, opts)
    } catch (err) {
      if (!(err instanceof Invalid)) throw err
      refuse(`asset '${name}': ${err.message}`)
    }
  })
  return { version: VERSION, assets }
}

function checkEntry(value: unknown, name: string, opts: CheckOptions): LockEntry {
  if (!isRecord(value)) fail('must be an object')
  const e = value as Record<string, unknown>
  const unknown = Object.keys(e).filter(k => !ENTRY_KEYS.has(k))
  if (unknown.length) fail(`has ${unknown.length} unknown field(s); see docs/lockfile.md`)
  if (typeof e.hash !== 'string' || !HASH.test(e.hash)) fail('"hash" must be sha256:<64 hex>')
  if (typeof e.task !== 'string' || !isTaskType(e.task)) fail('"task" must be a task type')
  if (!(STATUSES as readonly unknown[]).includes(e.status))
    fail(`"status" must be one of ${STATUSES.join(', ')}`)
  if (!Array.isArray(e['task-ids']) || !e['task-ids'].every(isTaskId))
    fail('"task-ids" must be a list of Meshy task ids')
  if (typeof e.model !== 'string') fail('"model" must be a string')
  if (!Array.isArray(e.files)) fail('"files" must be a list')
  const files = e.files.map((file, i) => checkFile(file, `files[${i}]`, name, opts))
  if (typeof e.credits !== 'number' || !Number.isFinite(e.credits) || e.credits < 0)
    fail('"credits" must be a number, 0 or more')
  const updated = checkTime(e.updated, '"updated"')
  if (updated > opts.now + CLOCK_SKEW_MS) fail('"updated" is in the future')
  if (e['expires-at'] !== undefined) checkTime(e['expires-at'], '"expires-at"')
  if (e.pending !== undefined) checkPending(e.pending)
  if (e.error !== undefined && typeof e.error !== 'string') fail('"error" must be a string')
  if (e.inputs !== undefined) checkInputs(e.inputs)
  if (e.printable !== undefined && typeof e.printable !== 'boolean')
    fail('"printable" must be true or false')
  return { ...(e as unknown as LockEntry), files }
}

function checkInputs(value: unknown): void {
  const ok =
    isRecord(value) &&
    Object.entries(value).every(
      ([k, v]) => /^[a-z-]{1,40}$/.test(k) && typeof v === 'string' && DIGEST.test(v)
    )
  if (!ok) fail('"inputs" must map input names to 12-hex-digit digests')
}

function checkTime(value: unknown, field: string): number {
  const ms = typeof value === 'string' && ISO_TIME.test(value) ? Date.parse(value) : NaN
  if (!Number.isFinite(ms)) fail(`${field} must be an ISO time like 2026-01-31T12:00:00.000Z`)
  return ms
}

function checkPending(value: unknown): void {
  const p = isRecord(value) ? value : {}
  const keys = Object.keys(p)
  const ok =
    Number.isSafeInteger(p.step) &&
    (p.step as number) >= 0 &&
    keys.length === 2 &&
    keys.includes('sent-at')
  if (!ok) fail('"pending" must be { "step": a whole number, "sent-at": an ISO time }')
  checkTime(p['sent-at'], '"pending.sent-at"')
}

function checkFile(value: unknown, at: string, asset: string, opts: CheckOptions) {
  if (!isRecord(value)) fail(`${at} must be an object with path, sha256 and bytes`)
  const f = value as Record<string, unknown>
  const extra = Object.keys(f).filter(k => !['path', 'sha256', 'bytes'].includes(k))
  if (
    Object.keys(f).length - extra.length !== 3 ||
    extra.some(k => !FILE_FACTS.includes(k as never))
  )
    fail(
      `${at} must have path, sha256 and bytes, and only model facts (${FILE_FACTS.join(', ')}) besides`
    )
  for (const k of extra) {
    if (!Number.isSafeInteger(f[k]) || (f[k] as number) < 0)
      fail(`${at}.${k} must be a whole number, 0 or more`)
  }
  if (typeof f.sha256 !== 'string' || !SHA256.test(f.sha256))
    fail(`${at}.sha256 must be 64 lowercase hex characters`)
  if (!Number.isSafeInteger(f.bytes) || (f.bytes as number) < 0)
    fail(`${at}.bytes must be a whole number, 0 or more`)
  if (typeof f.path !== 'string' || !isAssetFile(f.path, asset, opts.outputDir)) {
    const folder =
      opts.outputDir === undefined ? `<output-dir>/${asset}` : joined(opts.outputDir, asset)
    fail(
      `${at}.path must be a relative, normalised path to a file this action names, in ${folder}/`
    )
  }
  const facts = Object.fromEntries(extra.map(k => [k, f[k] as number]))
  return { path: f.path as string, sha256: f.sha256 as string, bytes: f.bytes as number, ...facts }
}

function joined(outputDir: string, asset: string): string {
  return outputDir ? `${outputDir}/${asset}` : asset
}

/** <outputDir>/<asset>/<a name the action gives files>, already in normal form. */
export function isAssetFile(path: string, asset: string, outputDir?: string): boolean {
  if (path.includes('\\') || path.includes('\0') || posix.isAbsolute(path)) return false
  if (posix.normalize(path) !== path) return false
  const segments = path.split('/')
  if (segments.some(s => s === '' || s === '.' || s === '..')) return false
  const name = segments.at(-1)!
  const folder = segments.slice(0, -1).join('/')
  if (!isProducedFileName(name)) return false
  if (outputDir !== undefined) return folder === joined(outputDir, asset)
  return segments.length >= 2 && segments.at(-2) === asset
}
