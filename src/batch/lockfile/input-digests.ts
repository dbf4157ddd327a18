// A short digest of each input an asset was generated from, kept in its lockfile entry, so that
// a later plan can say *what* changed ("prompt changed") and not only that the request hash did.
// Digests, not values: the lockfile stays small and a prompt is not copied into it twice.
import type { MediaInput, TaskSpec } from '../../config/types.js'
import { canonicalJson, sha256Hex } from '../../core/canonical.js'

export type InputDigests = Record<string, string>

/** Keyed by the manifest's own names (prompt, texture-prompt, formats, …). */
export function inputDigests(spec: TaskSpec, from?: string): InputDigests {
  const values: Record<string, unknown> = {
    task: spec.task,
    prompt: spec.prompt,
    'texture-prompt': spec.texturePrompt,
    image: spec.images.map(mediaIdentity),
    model: spec.model ? mediaIdentity(spec.model) : '',
    'input-task-id': from === undefined ? spec.inputTaskId : '',
    from: from ?? '',
    'ai-model': spec.aiModel,
    'texture-model': spec.textureModel,
    refine: spec.refine,
    'action-id': spec.actionId ?? null,
    params: spec.params,
    formats: spec.formats,
    download: spec.download
  }
  const out: InputDigests = Object.create(null) as InputDigests
  for (const [key, value] of Object.entries(values)) {
    out[key] = sha256Hex(canonicalJson(value)).slice(0, 12)
  }
  return out
}

/** Names of the inputs whose digest differs, in the manifest's key order. */
export function changedInputs(before: unknown, now: InputDigests): string[] | undefined {
  if (!isDigestMap(before)) return undefined
  // A key an older release did not record (texture-model) is not a change.
  return Object.keys(now).filter(key => key in before && before[key] !== now[key])
}

/** A file's content decides, not the data URI it was sent as. */
function mediaIdentity(media: MediaInput): string {
  return media.file ? `sha256:${media.file.sha256}` : media.value
}

function isDigestMap(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(v => typeof v === 'string')
  )
}
