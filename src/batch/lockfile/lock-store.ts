// The lockfile during a batch run: the entries in memory, every change to one entry made durable
// by a journal record (journal.ts), and the sorted lockfile rewritten only when the journal has
// grown as large as it (and once at the end). Each rewrite then pays for records already
// written, so the bytes and CPU spent per asset stay the same however large the library is.
//
// Crash safety is unchanged from rewriting the whole file each time: every state a caller waited
// for is in the journal, in order, before the caller goes on (before a create is sent, after its
// id is known, after each completion); the next run reads the lockfile, replays the journal over
// it (prepare.ts), writes the result and only then deletes the journal. Replaying twice gives the
// same result, so a kill during that, or during any compaction, loses nothing.
import { createHash } from 'node:crypto'
import { channel } from 'node:diagnostics_channel'
import { rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { writeFileNowSync, writeTextSafely } from '../../assets/safe-write.js'
import type { Logger } from '../../core/log.js'
import { JournalFile, journalPath } from './journal.js'
import { sha256Hex } from '../../core/canonical.js'
import { lockfileText, serializeLockfile, type LockEntry, type Lockfile } from './lockfile.js'
import { errorMessage } from '../../core/errors.js'

/** The lockfile is rewritten once the journal holds this share of the lockfile's size... */
const COMPACT_RATIO = 1
/** ...but never for a journal smaller than this. */
const COMPACT_MIN_BYTES = 16 * 1024

/** A durable step of the write scheme, as published on LOCK_STEPS. */
export interface LockStep {
  step: 'record' | 'journal-synced' | 'lockfile-written' | 'journal-reset'
  /** For 'record': the entry whose record is about to be appended. */
  entry?: LockEntry
}

/**
 * Each step of the write scheme, published so a crash test can kill the process exactly there:
 * 'record' before an entry's record is appended, 'journal-synced' after each journal write, and
 * during a compaction 'lockfile-written' (renamed into place, journal not yet emptied) and
 * 'journal-reset'. A diagnostics channel costs nothing without a subscriber, and keeps the hook
 * out of the batch's options: only a test subscribes.
 */
export const LOCK_STEPS = channel('meshy-action:lockfile-step')

function publish(step: LockStep['step'], entry?: LockEntry): void {
  if (LOCK_STEPS.hasSubscribers) LOCK_STEPS.publish({ step, entry } satisfies LockStep)
}

export interface LockStoreOptions {
  logger?: Logger
}

export class LockStore {
  private readonly journal: JournalFile
  /** The sha256 of the lockfile's text on disk now (of '' when there is none), and its size. */
  private diskHash: string
  private diskBytes: number
  /** An entry was recorded since the file was last written (or read). */
  private changed = false
  private compacting?: Promise<void>
  /** Lockfile bytes written by this run, for the debug line at the end. */
  private written = 0

  private constructor(
    readonly path: string,
    readonly lock: Lockfile,
    diskText: string,
    private readonly workspace: string,
    private readonly options: LockStoreOptions
  ) {
    this.diskHash = sha256Hex(diskText)
    this.diskBytes = Buffer.byteLength(diskText)
    this.journal = new JournalFile(journalPath(path), workspace, () => this.afterSync())
  }

  /**
   * Takes over the lockfile a batch prepared: `lock` as read, with any journal a stopped run left
   * already replayed over it (`replayed` records). Those are folded into the lockfile first, so
   * this run's journal starts empty; a dry run never gets here and leaves both files alone.
   */
  static async adopt(
    state: { path: string; lock: Lockfile; text: string; replayed: number; workspace: string },
    options: LockStoreOptions = {}
  ): Promise<LockStore> {
    const store = new LockStore(state.path, state.lock, state.text, state.workspace, options)
    if (state.replayed > 0) {
      options.logger?.info(
        `Replayed ${state.replayed} journal record(s) a stopped run left beside ${basename(state.path)}.`
      )
      await store.writeLockfile() // the journal goes only once the lockfile holds it all
    }
    // Also a journal with no whole record (a torn first write): nothing in it was acknowledged.
    await store.journal.remove()
    return store
  }

  /** Makes the current state of one entry durable; resolves when it is on disk. */
  record(asset: string): Promise<void> {
    const entry = this.lock.assets[asset] ?? null
    this.changed = true
    publish('record', entry ?? undefined)
    return this.journal.append({ asset, entry })
  }

  /**
   * Cancellation (synchronous, no await): the entries as they are in memory, which hold at least
   * what the journal holds, become the lockfile, and the journal goes (replaying its older
   * records over the newer lockfile would only step entries back).
   */
  saveNowSync(): void {
    const text = serializeLockfile(this.lock)
    if (sha256Hex(text) !== this.diskHash) writeFileNowSync(this.path, text)
    this.diskHash = sha256Hex(text)
    rmSync(this.journal.path, { force: true })
  }

  /** Writes the final sorted lockfile (when anything changed) and deletes the journal. */
  async close(): Promise<void> {
    await this.journal.idle()
    await this.compacting
    await this.writeLockfile()
    await this.journal.remove()
    this.options.logger?.debug(
      `Lockfile: ${this.bytesWritten} bytes written this run (journal and rewrites).`
    )
  }

  private async afterSync(): Promise<void> {
    publish('journal-synced')
    const threshold = Math.max(COMPACT_MIN_BYTES, this.diskBytes * COMPACT_RATIO)
    if (this.journal.size < threshold) return
    this.compacting = this.compact()
    await this.compacting
  }

  private async compact(): Promise<void> {
    try {
      await this.writeLockfile()
      publish('lockfile-written')
      await this.journal.reset()
      publish('journal-reset')
    } catch (err) {
      // The journal still holds every record: a failed rewrite costs only its own work.
      this.options.logger?.warning(`Could not rewrite ${basename(this.path)}: ${errorMessage(err)}`)
    }
  }

  /**
   * Writes the lockfile from the entries in memory, one asset at a time (the whole file is never
   * one string). A run that changed nothing leaves the file alone (no churn for users who commit
   * it): with no entry recorded since the last write, the text is compared by its digest first.
   */
  private async writeLockfile(): Promise<void> {
    if (!this.changed && digestOf(lockfileText(this.lock)) === this.diskHash) return
    this.changed = false
    const hash = createHash('sha256')
    const text = tap(lockfileText(this.lock), piece => hash.update(piece))
    const conf = { workspace: this.workspace, root: this.workspace }
    const bytes = await writeTextSafely(conf, this.path, text)
    await syncDirectory(dirname(this.path))
    this.diskHash = hash.digest('hex')
    this.diskBytes = bytes
    this.written += bytes
  }

  /** Journal plus lockfile bytes this run wrote so far. */
  get bytesWritten(): number {
    return this.written + this.journal.totalBytes
  }
}

function digestOf(pieces: Iterable<string>): string {
  const hash = createHash('sha256')
  for (const piece of pieces) hash.update(piece)
  return hash.digest('hex')
}

function* tap(pieces: Iterable<string>, see: (piece: string) => void): Generator<string> {
  for (const piece of pieces) {
    see(piece)
    yield piece
  }
}

/** Makes a rename durable before the journal it replaces is emptied (not possible on Windows). */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Windows cannot open a directory; NTFS orders these metadata changes itself.
  }
}
