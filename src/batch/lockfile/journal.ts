// The lockfile's journal (docs/lockfile.md): while a batch runs, each change to an asset's entry
// is appended here as one JSON line holding the whole entry, and fsynced before the caller goes
// on. Appending one entry costs the same at 10 assets as at 10,000, where rewriting the sorted
// lockfile each time cost its whole size. The next run replays a journal a killed run left behind.
import { constants } from 'node:fs'
import { open, rm, type FileHandle } from 'node:fs/promises'
import { basename } from 'node:path'
import { readWorkspaceText, safeDestination } from '../../assets/safe-write.js'
import { ConfigurationError, errorMessage } from '../../core/errors.js'
import type { LockEntry } from './lockfile-types.js'

const HEADER = JSON.stringify({ 'meshy-lock-journal': 1 }) + '\n'

/** One change: the entry as it now is, or `null` when the entry was removed. */
export interface JournalRecord {
  asset: string
  entry: LockEntry | null
}

export function journalPath(lockPath: string): string {
  return `${lockPath}.journal`
}

/**
 * Reads the records a killed run left, in order. A last line without its newline is a write the
 * kill cut short: its caller was never told it had landed, so it is dropped. Anything else that is
 * not a record means the file is not ours: the run stops rather than guess.
 */
export async function readJournal(
  path: string,
  workspace: string
): Promise<JournalRecord[] | undefined> {
  let text: string | undefined
  try {
    // A checkout is untrusted: a journal that is a link, or is reached through one, is refused.
    text = await readWorkspaceText(workspace, path)
  } catch (err) {
    throw new ConfigurationError('lockfile', `cannot read ${basename(path)} (${errorMessage(err)})`)
  }
  if (text === undefined) return undefined
  const lines = text.split('\n')
  lines.pop() // '' after the last newline, or a torn last write
  const records: JournalRecord[] = []
  for (const [index, line] of lines.entries()) {
    if (index === 0 && line === HEADER.trimEnd()) continue
    records.push(parseRecord(line, `${basename(path)} line ${index + 1}`))
  }
  return records
}

function parseRecord(line: string, where: string): JournalRecord {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    value = undefined
  }
  const record = value as Partial<JournalRecord> | undefined
  if (
    !record ||
    typeof record !== 'object' ||
    typeof record.asset !== 'string' ||
    record.asset === '' ||
    typeof record.entry !== 'object'
  ) {
    throw new ConfigurationError(
      'lockfile',
      `${where} is not a journal record. The journal holds task ids a killed run paid for; ` +
        `move it away only if you accept generating those assets again.`
    )
  }
  return { asset: record.asset, entry: record.entry ?? null }
}

/**
 * An open journal. append() resolves once its record is on disk; records that arrive while a
 * write is under way go out together in the next write with one fsync (group commit), so the
 * cost of an fsync is shared by every asset waiting for one.
 */
export class JournalFile {
  private handle?: FileHandle
  private queued: string[] = []
  private waiters: Array<{ resolve: () => void; reject: (err: unknown) => void }> = []
  private running?: Promise<void>
  /** Bytes in the file now (drops to 0 at reset()). */
  size = 0
  /** Bytes appended since it was opened, resets included. */
  totalBytes = 0

  constructor(
    readonly path: string,
    private readonly workspace: string,
    private readonly afterSync: () => Promise<void> = async () => undefined
  ) {}

  append(record: JournalRecord): Promise<void> {
    const line = JSON.stringify(record) + '\n'
    return new Promise((resolve, reject) => {
      this.queued.push(line)
      this.waiters.push({ resolve, reject })
      this.running ??= this.drain().finally(() => (this.running = undefined))
    })
  }

  /** Resolves when every record appended so far is on disk (or has failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  /** Empties the journal; only after the lockfile holds everything it recorded. */
  async reset(): Promise<void> {
    await this.handle?.truncate(0)
    await this.handle?.sync()
    this.size = 0
  }

  /** Closes and deletes it: the lockfile now holds everything. */
  async remove(): Promise<void> {
    await this.idle()
    await this.handle?.close()
    this.handle = undefined
    await rm(this.path, { force: true })
  }

  private async drain(): Promise<void> {
    while (this.queued.length > 0) {
      const lines = this.queued.splice(0)
      const waiters = this.waiters.splice(0)
      try {
        const handle = await this.open()
        const text = (this.size === 0 ? HEADER : '') + lines.join('')
        await handle.write(text)
        await handle.datasync()
        this.size += Buffer.byteLength(text)
        this.totalBytes += Buffer.byteLength(text)
        for (const w of waiters) w.resolve()
      } catch (err) {
        for (const w of waiters) w.reject(err)
        continue
      }
      // Between writes, never during one: a compaction here sees every record as landed.
      await this.afterSync()
    }
  }

  private async open(): Promise<FileHandle> {
    if (this.handle) return this.handle
    await safeDestination({ workspace: this.workspace, root: this.workspace }, this.path)
    // Append (every write goes to the end, also after truncate(0)), and never through a link
    // that appeared since the check (O_NOFOLLOW; Windows has no such flag and no such links).
    const flags =
      constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0)
    this.handle = await open(this.path, flags, 0o644)
    return this.handle
  }
}
