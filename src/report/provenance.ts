// Provenance of generated files. No 3D tool says what produced a model; this run can: SHA256SUMS
// lists each file's digest (checkable with `sha256sum -c` from the output folder), and with
// `attest: true` a GitHub artifact attestation signs the files together with what made them:
// each task's id, type, model, credits and the sha256 of its prompt (not the prompt itself).
import { createHash } from 'node:crypto'
import { join, relative, sep } from 'node:path'
import { fileSha256 } from '../assets/file-hash.js'
import { writeFileSafely } from '../assets/safe-write.js'
import { totalCredits, type RunResult } from '../core/result.js'
import { promptOf } from './summary.js'
import type { AttestationSubject, Attester } from './types.js'

export const SUMS_FILE = 'SHA256SUMS'
export const PREDICATE_TYPE = 'https://github.com/meshy-action/meshy-action/generation/v1'

/**
 * Writes <output-dir>/SHA256SUMS for the run's files under the output folder and returns them as
 * attestation subjects (names relative to the output folder, forward slashes, sorted).
 */
export async function writeSha256Sums(
  result: RunResult,
  dirs: { outputDir: string; workspace: string }
): Promise<{ path: string; subjects: AttestationSubject[] }> {
  const subjects: AttestationSubject[] = []
  for (const file of result.files) {
    const name = relative(dirs.outputDir, file.absPath).split(sep).join('/')
    if (name.startsWith('../') || name === '..') continue
    subjects.push({ name, digest: { sha256: await fileSha256(file.absPath) } })
  }
  subjects.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const path = join(dirs.outputDir, SUMS_FILE)
  const text = subjects.map(s => `${s.digest.sha256}  ${s.name}\n`).join('')
  await writeFileSafely({ workspace: dirs.workspace, root: dirs.outputDir }, path, text)
  return { path, subjects }
}

/** What made the files: per task its id, type, model, credits and prompt digest. */
export function generationPredicate(result: RunResult): Record<string, unknown> {
  const tasks = result.tasks.map(({ task }) => {
    const prompt = promptOf(task)
    return {
      id: String(task.id),
      type: typeof task.type === 'string' ? task.type : null,
      model: typeof task.ai_model === 'string' ? task.ai_model : null,
      credits: Number(task.consumed_credits) || 0,
      'prompt-sha256': prompt ? createHash('sha256').update(prompt).digest('hex') : null
    }
  })
  return { generator: 'meshy-action', tasks, credits: totalCredits(result) }
}

/**
 * The real attester: @actions/attest signs with Sigstore through the job's OIDC token (needs
 * `id-token: write` and `attestations: write`) and stores the attestation on the repository.
 * Loaded only when `attest` is true: it is large, and most runs never need it.
 */
export function defaultAttester(env: NodeJS.ProcessEnv, token: string): Attester {
  return async request => {
    const { attest } = await import('@actions/attest')
    const made = await attest({ ...(request as unknown as Parameters<typeof attest>[0]), token })
    const repo = env.GITHUB_REPOSITORY
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
    return made.attestationID && repo
      ? { url: `${server}/${repo}/attestations/${made.attestationID}` }
      : {}
  }
}
