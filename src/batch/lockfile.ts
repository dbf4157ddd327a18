// The asset lockfile (docs/lockfile.md): what each asset was generated from and what it
// produced. Users commit it, so the format is stable and diff-friendly: a version field,
// sorted keys, one entry per asset, 2-space JSON with a trailing newline.
import { open, readFile, rename, rm, stat } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { dirname, basename, join, resolve } from 'node:path'
import { mkdir } from 'node:fs/promises'
import { fileSha256 } from '../assets/file-hash.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { prettyJson } from './canonical.js'

export const LOCKFILE_VERSION = 1

export interface LockedFile {
  /** Workspace-relative, forward slashes. */
  path: string
  sha256: string
  bytes: number
}

/** The Meshy status of an asset's newest task, as its entry keeps it (docs/lockfile.md). */
export const LOCK_STATUSES = ['PENDING', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'CANCELED'] as const
export type LockStatus = (typeof LOCK_STATUSES)[number]

/** A Meshy status as an entry keeps it; one this action does not know is taken as still running. */
export function lockStatus(status: string): LockStatus {
  return (LOCK_STATUSES as readonly string[]).includes(status)
    ? (status as LockStatus)
    : 'IN_PROGRESS'
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
}

export interface Lockfile {
  version: number
  assets: Record<string, LockEntry>
}

export function emptyLockfile(): Lockfile {
  return { version: LOCKFILE_VERSION, assets: {} }
}

export function serializeLockfile(lock: Lockfile): string {
  return prettyJson({ version: LOCKFILE_VERSION, assets: lock.assets })
}

/** Parses and checks the shape; `label` names the file in errors. */
export function parseLockfile(text: string, label: string): Lockfile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new ConfigurationError('lockfile', `${label} is not valid JSON (${errorMessage(err)})`)
  }
  const obj = data as Partial<Lockfile> | null
  if (!obj || typeof obj !== 'object' || typeof obj.assets !== 'object' || obj.assets === null) {
    throw new ConfigurationError(
      'lockfile',
      `${label} has no "assets" object; delete it to start over`
    )
  }
  if (obj.version !== LOCKFILE_VERSION) {
    throw new ConfigurationError(
      'lockfile',
      `${label} has version ${String(obj.version)}; this action reads version ${LOCKFILE_VERSION}`
    )
  }
  for (const [name, entry] of Object.entries(obj.assets))
    checkEntry(entry, `${label}: asset '${name}'`)
  return { version: LOCKFILE_VERSION, assets: obj.assets }
}

function checkEntry(entry: unknown, where: string): void {
  const e = entry as Partial<LockEntry> | null
  const ok =
    !!e &&
    typeof e.hash === 'string' &&
    (LOCK_STATUSES as readonly unknown[]).includes(e.status) &&
    Array.isArray(e['task-ids']) &&
    Array.isArray(e.files) &&
    e.files.every(f => f && typeof f.path === 'string' && typeof f.sha256 === 'string')
  if (!ok) throw new ConfigurationError('lockfile', `${where} is malformed; remove that entry`)
}

/** Reads the lockfile, or an empty one when the file does not exist yet; `text` is '' then. */
export async function readLockfile(path: string): Promise<{ lock: Lockfile; text: string }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { lock: emptyLockfile(), text: '' }
    throw new ConfigurationError('lockfile', `cannot read ${basename(path)} (${errorMessage(err)})`)
  }
  return { lock: parseLockfile(text, basename(path)), text }
}

/** Temp file in the same folder, fsync, rename: a crash leaves the old or the new file, never half. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const fh = await open(tmp, 'w')
  try {
    await fh.writeFile(text, 'utf8')
    await fh.sync()
  } finally {
    await fh.close()
  }
  try {
    await rename(tmp, path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
}

export async function writeLockfile(path: string, lock: Lockfile): Promise<void> {
  await writeFileAtomic(path, serializeLockfile(lock))
}

/** The lock records of downloaded files: their digests are taken here, from disk. */
export async function lockedFiles(
  files: ReadonlyArray<{ path: string; absPath: string; bytes: number }>
): Promise<LockedFile[]> {
  const records: LockedFile[] = []
  for (const f of files) {
    records.push({ path: f.path, sha256: await fileSha256(f.absPath), bytes: f.bytes })
  }
  return records
}

/** True when every recorded file exists with the recorded size and sha256. */
export async function filesIntact(workspace: string, files: LockedFile[]): Promise<boolean> {
  for (const file of files) {
    const abs = resolve(workspace, file.path)
    try {
      const st = await stat(abs)
      if (!st.isFile() || st.size !== file.bytes) return false
    } catch {
      return false
    }
    if ((await fileSha256(abs)) !== file.sha256) return false
  }
  return true
}
