// The asset lockfile (docs/lockfile.md): what each asset was generated from and what it
// produced. Users commit it, so the format is stable and diff-friendly: a version field,
// sorted keys, one entry per asset, 2-space JSON with a trailing newline. It arrives in pull
// requests, so reading it checks every field (lockfile-check.ts) before anything trusts it.
import { lstat } from 'node:fs/promises'
import { relative } from 'node:path'
import { fileDigest, fileSha256 } from '../../assets/file-hash.js'
import type { ModelStats } from '../../assets/model-stats.js'
import { PathEscapeError } from '../../assets/paths.js'
import { readWorkspaceText, safeDestination, writeTextSafely } from '../../assets/safe-write.js'
import { ConfigurationError, errorMessage } from '../../core/errors.js'
import { redact } from '../../core/redact.js'
import { sortKeys } from '../../core/canonical.js'
import { checkLockfile, type CheckOptions } from './lockfile-check.js'

export * from './lockfile-types.js'
import { LOCKFILE_VERSION, type LockedFile, type Lockfile } from './lockfile-types.js'

export function emptyLockfile(): Lockfile {
  return { version: LOCKFILE_VERSION, assets: Object.create(null) }
}

/**
 * Every string is redacted: an API answer that echoes the key must not put it in a commit. The
 * same bytes as `prettyJson` of the whole file (sorted keys, 2-space indent), joined.
 */
export function serializeLockfile(lock: Lockfile): string {
  return [...lockfileText(lock)].join('')
}

/**
 * The lockfile's text one asset at a time, so a library of 10,000 assets is never copied whole
 * (twice, redacted then sorted) before it is written. An entry removed while a writer awaits is
 * left out; each entry is serialised in one step, so none is ever half old, half new.
 */
export function* lockfileText(lock: Lockfile): Generator<string> {
  const tail = `\n  },\n  "version": ${LOCKFILE_VERSION}\n}\n`
  let first = true
  for (const name of Object.keys(lock.assets).sort()) {
    const entry = lock.assets[name]
    if (entry === undefined) continue
    const json = JSON.stringify(canonicalRedacted(entry), null, 2).replaceAll('\n', '\n    ')
    yield `${first ? '{\n  "assets": {\n' : ',\n'}    ${JSON.stringify(name)}: ${json}`
    first = false
  }
  yield first ? `{\n  "assets": {},\n  "version": ${LOCKFILE_VERSION}\n}\n` : tail
}

/** sortKeys and redaction in one copy. */
function canonicalRedacted(value: unknown): unknown {
  return sortKeys(value, v => (typeof v === 'string' ? redact(v) : v))
}

/**
 * Parses and checks every entry; `label` names the file in errors. A syntax error gives only
 * its line and column: the text is never quoted (it could be any file a link pointed at).
 */
export function parseLockfile(text: string, label: string, opts: CheckOptions): Lockfile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    const at = jsonErrorAt(text, err)
    const error = new ConfigurationError(
      'lockfile',
      `${label} is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}; ` +
        'fix it or delete it to start over'
    )
    if (at) error.places = [{ file: slashed(label), line: at.line, message: error.message }]
    throw error
  }
  try {
    return checkLockfile(data, label, opts)
  } catch (err) {
    if (err instanceof ConfigurationError) err.places = entryPlace(text, label, err.message)
    throw err
  }
}

function jsonErrorAt(text: string, err: unknown): { line: number; column: number } | undefined {
  const at = /position (\d+)/.exec(errorMessage(err))
  if (!at) return undefined
  const before = text.slice(0, Number(at[1])).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

/** The line of the entry a check names ("asset 'chair': …"), found by its key in the text. */
function entryPlace(text: string, file: string, message: string) {
  const asset = /asset '([A-Za-z0-9._-]+)'/.exec(message)?.[1]
  const index = asset ? text.indexOf(`"${asset}":`) : -1
  if (index < 0) return []
  return [{ file: slashed(file), line: text.slice(0, index).split('\n').length, message }]
}

/** Annotations take forward slashes on every runner. */
function slashed(path: string): string {
  return path.split('\\').join('/')
}

/** Reads and checks the lockfile, or gives an empty one when there is none yet ('' as text). */
export async function readLockfile(
  path: string,
  opts: CheckOptions & { workspace: string }
): Promise<{ lock: Lockfile; text: string }> {
  const shown = relative(opts.workspace, path) || path
  let text: string | undefined
  try {
    text = await readWorkspaceText(opts.workspace, path)
  } catch (err) {
    const why = err instanceof PathEscapeError ? '; use a path inside the workspace' : ''
    throw new ConfigurationError(
      'lockfile',
      why ? `${errorMessage(err)}${why}` : `cannot read ${shown} (${errorMessage(err)})`
    )
  }
  if (text === undefined) return { lock: emptyLockfile(), text: '' }
  return { lock: parseLockfile(text, shown, opts), text }
}

/** Written through safe-write.ts: checked path, temporary file, fsync, rename. */
export async function writeLockfile(
  path: string,
  lock: Lockfile,
  workspace: string
): Promise<void> {
  await writeTextSafely({ workspace, root: workspace }, path, lockfileText(lock))
}

/** The lock records of downloaded files: their digests are taken here, from disk. */
export async function lockedFiles(
  files: ReadonlyArray<{
    path: string
    absPath: string
    bytes: number
    sha256?: string
    stats?: ModelStats
  }>
): Promise<LockedFile[]> {
  const records: LockedFile[] = []
  for (const f of files) {
    records.push({
      path: f.path,
      sha256: await fileDigest(f),
      bytes: f.bytes,
      ...(f.stats ? modelFacts(f.stats) : {})
    })
  }
  return records
}

function modelFacts(stats: ModelStats): Partial<LockedFile> {
  const facts: Partial<LockedFile> = {
    triangles: stats.triangles,
    vertices: stats.vertices,
    'max-texture-size': stats['max-texture-size'],
    errors: stats.validation?.errors,
    warnings: stats.validation?.warnings
  }
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined))
}

/**
 * True when every recorded file exists inside the workspace, reached without a symbolic link, as
 * a regular file with the recorded size and sha256. Nothing outside is ever read or hashed (else
 * a lockfile could ask "does this file elsewhere have this hash").
 */
export async function filesIntact(workspace: string, files: LockedFile[]): Promise<boolean> {
  for (const file of files) {
    let abs: string
    try {
      abs = await safeDestination({ workspace, root: workspace }, file.path)
      const st = await lstat(abs)
      if (!st.isFile() || st.size !== file.bytes) return false
    } catch {
      return false
    }
    if ((await fileSha256(abs)) !== file.sha256) return false
  }
  return true
}
