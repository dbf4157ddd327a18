// One task's inputs → a checked TaskSpec. Shared by single-task mode (action inputs) and batch
// mode (one manifest asset at a time), so both accept exactly the same things.
import { ConfigurationError } from '../core/errors.js'
import {
  isTaskType,
  kindOf,
  taskTypes,
  type InputRules,
  type TaskKind
} from '../tasks/catalogue.js'
import { fieldsSetByInputs } from '../tasks/fields.js'
import { refusedParam } from '../tasks/spec-checks.js'
import { DEFAULT_DOWNLOAD, DEFAULT_FORMATS } from './limits.js'
import { modelTypeOf, resolveMedia, type MediaKind } from './media.js'
import { resolveParamMedia } from './param-media.js'
import { parseParams } from './params.js'
import {
  parseBoolean,
  parseChoices,
  parseInteger,
  parseLines,
  parseList,
  parsePositiveNumber,
  parseTaskId
} from './parse.js'
import {
  DOWNLOAD_KINDS,
  MODEL_FORMATS,
  type MediaInput,
  type ModelFormat,
  type TaskSpec,
  type TaskType
} from './types.js'

export interface RawTaskInputs {
  task?: string
  prompt?: string
  'texture-prompt'?: string
  image?: string | string[]
  model?: string
  'input-task-id'?: string
  'ai-model'?: string
  'texture-model'?: string
  refine?: string | boolean
  'action-id'?: string | number
  height?: string | number
  origin?: string
  params?: string | Record<string, unknown>
  formats?: string | string[]
  download?: string | string[]
}

export interface SpecContext {
  workspace: string
  /** Where relative paths resolve. */
  baseDir: string
  /** Names an input for errors: the input name, or e.g. "assets.chair.prompt (line 7)". */
  where?: (field: string) => string
  /** Values from a manifest: errors say paths are relative to its folder. */
  fromManifest?: boolean
}

type Where = (field: string) => string

export function parseTaskType(input: string, raw: string | undefined): TaskType | undefined {
  const task = (raw ?? '').trim()
  if (task === '') return undefined
  if (!isTaskType(task)) {
    throw new ConfigurationError(
      input,
      `'${task}' is not a task type. Use one of: ${taskTypes().join(', ')}.`
    )
  }
  return task
}

/**
 * A spec that asks for nothing beyond its task and what to download: no prompt, images or model.
 * Picking up an existing task needs no more.
 */
export function blankSpec(
  task: TaskType,
  selection: Pick<TaskSpec, 'formats' | 'formatsExplicit' | 'download'>
): TaskSpec {
  return {
    task,
    prompt: '',
    texturePrompt: '',
    images: [],
    inputTaskId: '',
    aiModel: '',
    textureModel: '',
    refine: true,
    params: {},
    ...selection
  }
}

export function buildTaskSpec(raw: RawTaskInputs, ctx: SpecContext): TaskSpec {
  const where: Where = ctx.where ?? (field => field)
  const task = parseTaskType(where('task'), raw.task)
  if (!task) {
    throw new ConfigurationError(
      where('task'),
      `is required. Use one of: ${taskTypes().join(', ')}.`
    )
  }
  const kind = kindOf(task)
  const text = (field: keyof RawTaskInputs): string => String(raw[field] ?? '').trim()
  const limit = kind.accepts.promptMaxChars
  const spec: TaskSpec = {
    task,
    prompt: checkPrompt(where('prompt'), text('prompt'), limit),
    texturePrompt: checkPrompt(where('texture-prompt'), text('texture-prompt'), limit),
    images: [],
    inputTaskId: parseTaskId(where('input-task-id'), text('input-task-id')),
    aiModel: checkModelName(where('ai-model'), text('ai-model'), 'an ai_model such as meshy-7.1'),
    textureModel: checkModelName(
      where('texture-model'),
      text('texture-model'),
      'a texture_model such as meshy-7 or meshy-n1'
    ),
    refine: parseBoolean(where('refine'), raw.refine, true),
    actionId: parseInteger(where('action-id'), raw['action-id'], 0),
    ...sizeOf(raw, where),
    params: parseParams(where('params'), raw.params),
    ...formatsOf(where('formats'), raw.formats, kind),
    download: parseChoices(where('download'), raw.download, DOWNLOAD_KINDS, DEFAULT_DOWNLOAD, true)
  }
  const imageValues = parseLines(raw.image)
  const modelValues = parseLines(raw.model)
  checkShape(spec, kind, { images: imageValues.length, models: modelValues.length }, where)
  // Placeholders stand in for the media so the check sees every field an input sets.
  const placeholder = { value: 'media' }
  checkParams(
    {
      ...spec,
      images: imageValues.map(() => placeholder),
      model: modelValues.length > 0 ? placeholder : undefined
    },
    where
  )
  // Files last: the cheap checks above fail fast without reading anything.
  const media = (kind: MediaKind, field: string) => (value: string) =>
    resolveMedia(value, kind, {
      workspace: ctx.workspace,
      baseDir: ctx.baseDir,
      input: where(field),
      fromManifest: ctx.fromManifest
    })
  spec.images = imageValues.map(media('image', 'image'))
  spec.params = resolveParamMedia(spec.params, kind.fields, where('params'), (value, field) =>
    resolveMedia(value, 'image', {
      workspace: ctx.workspace,
      baseDir: ctx.baseDir,
      input: `${where('params')} (${field})`,
      fromManifest: ctx.fromManifest
    })
  )
  const model: MediaInput | undefined = modelValues.map(media('model', 'model'))[0]
  if (model) checkModelType(model, kind, where('model'))
  return model ? { ...spec, model } : spec
}

/** Only where Meshy documents a limit (the catalogue's promptMaxChars); elsewhere none. */
function checkPrompt(input: string, prompt: string, max: number | undefined): string {
  if (max !== undefined && prompt.length > max) {
    throw new ConfigurationError(
      input,
      `is ${prompt.length} characters long; Meshy accepts at most ${max}.`
    )
  }
  return prompt
}

/** A task that takes only some model types (rigging: GLB) refuses the others before paying. */
function checkModelType(model: MediaInput, kind: TaskKind, input: string): void {
  const allowed = kind.accepts.modelTypes
  if (!allowed) return
  const type = modelTypeOf(model.value)
  if (type === undefined || allowed.includes(type)) return
  const names = allowed.map(t => t.toUpperCase()).join(' or ')
  throw new ConfigurationError(
    input,
    `${kind.task} takes a ${names} model only; this one is ${type.toUpperCase()}. ` +
      `Convert it to ${names} first (e.g. with remesh, formats: ${allowed.join(',')}), or use input-task-id.`
  )
}

/** Largest height resize is asked for, in metres: far above any real asset, below a typo's 1e9. */
const MAX_HEIGHT_METRES = 10_000

/** resize's height (metres) and origin; absent when not given. */
function sizeOf(raw: RawTaskInputs, where: Where): Pick<TaskSpec, 'height' | 'origin'> {
  const height = String(raw.height ?? '').trim()
  const origin = String(raw.origin ?? '').trim()
  if (origin !== '' && !/^[a-z][a-z_-]{0,31}$/.test(origin)) {
    throw new ConfigurationError(where('origin'), `'${origin}' is not an origin. Use e.g. bottom.`)
  }
  return {
    ...(height !== ''
      ? { height: parsePositiveNumber(where('height'), height, 0, MAX_HEIGHT_METRES) }
      : {}),
    ...(origin !== '' ? { origin } : {})
  }
}

function checkModelName(input: string, model: string, example: string): string {
  if (model !== '' && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(model)) {
    throw new ConfigurationError(input, `'${model}' is not a model name. Use ${example}.`)
  }
  return model
}

/**
 * The one reading of `formats`: what to download, and whether the user chose it (only then is
 * target_formats sent). Without a task kind (a batch's run-wide default) nothing is checked
 * against what a task makes.
 */
export function formatsOf(
  input: string,
  raw: string | string[] | undefined,
  kind?: TaskKind
): { formats: ModelFormat[]; formatsExplicit: boolean } {
  const words = parseList(raw).map(w => w.toLowerCase())
  if (kind && kind.formats.length > 0 && words.includes('all'))
    return { formats: [...kind.formats], formatsExplicit: true }
  const parsed = parseChoices(input, raw, MODEL_FORMATS, DEFAULT_FORMATS)
  // Image tasks make no model file: formats there is ignored, and unusedFormats says so.
  if (!kind || kind.formats.length === 0)
    return { formats: parsed, formatsExplicit: words.length > 0 }
  // The default is indistinguishable from `glb` written out, and means the same; a task that
  // makes no GLB (text-to-motion) defaults to the first format it makes.
  const explicit = words.length > 0 && parsed.join(',') !== DEFAULT_FORMATS
  if (!explicit && !kind.formats.includes(parsed[0]))
    return { formats: [kind.formats[0]], formatsExplicit: false }
  // Checked for every task, not only where formats become target_formats: a rig task asked for
  // OBJ would be paid for and then fail, having no OBJ to download.
  const unbuildable = parsed.filter(f => !kind.formats.includes(f))
  if (unbuildable.length > 0) {
    throw new ConfigurationError(
      input,
      `${kind.task} cannot produce ${unbuildable.join(', ')}. Use any of ${kind.formats.join(', ')}, or all.`
    )
  }
  return { formats: parsed, formatsExplicit: explicit }
}

/** The warning for `formats` set on a task that produces images only, or undefined. */
export function unusedFormats(spec: TaskSpec, input: string): string | undefined {
  if (!spec.formatsExplicit || kindOf(spec.task).formats.length > 0) return undefined
  return `${input}: ${spec.task} produces images, not model files, so formats is ignored; remove it.`
}

/** The inputs a task takes, for "use one of" hints. */
export function acceptedInputs(rules: InputRules): string[] {
  const names: Array<[string, boolean]> = [
    ['prompt', rules.prompt !== 'no'],
    ['texture-prompt', rules.texturePrompt],
    ['image', rules.images !== null],
    ['model', rules.model !== 'no'],
    ['input-task-id', rules.inputTaskId !== 'no'],
    ['ai-model', rules.aiModel],
    ['texture-model', rules.textureModel === true],
    ['refine', rules.refine],
    ['action-id', rules.actionId],
    ['height', rules.size === true],
    ['origin', rules.size === true],
    ['params', true],
    ['formats', true],
    ['download', true]
  ]
  return names.filter(([, ok]) => ok).map(([name]) => name)
}

interface Counts {
  images: number
  models: number
}

function checkShape(spec: TaskSpec, kind: TaskKind, counts: Counts, where: Where): void {
  const rules = kind.accepts
  const task = spec.task
  const fail = (field: string, message: string): never => {
    throw new ConfigurationError(where(field), message)
  }
  const notTaken = (field: string, what: string): never =>
    fail(
      field,
      `${task} does not take ${what}. Inputs for ${task}: ${acceptedInputs(rules).join(', ')}.`
    )

  const given = {
    prompt: spec.prompt !== '',
    texturePrompt: spec.texturePrompt !== '',
    inputTaskId: spec.inputTaskId !== '',
    actionId: spec.actionId !== undefined,
    aiModel: spec.aiModel !== '',
    textureModel: spec.textureModel !== ''
  }
  if (given.prompt && rules.prompt === 'no') notTaken('prompt', 'a prompt')
  if (given.texturePrompt && !rules.texturePrompt) notTaken('texture-prompt', 'a texture prompt')
  if (counts.images > 0 && !rules.images) notTaken('image', 'an image')
  if (counts.models > 0 && rules.model === 'no') notTaken('model', 'a model')
  if (given.inputTaskId && rules.inputTaskId === 'no') notTaken('input-task-id', 'an input task id')
  if (given.actionId && !rules.actionId) notTaken('action-id', 'an action id')
  if (given.aiModel && !rules.aiModel) notTaken('ai-model', 'an ai-model')
  if (given.textureModel && !rules.textureModel) notTaken('texture-model', 'a texture-model')
  if (spec.height !== undefined && !rules.size) notTaken('height', 'a height')
  if (spec.origin !== undefined && !rules.size) notTaken('origin', 'an origin')
  if (!spec.refine && !rules.refine) {
    const refiners = taskTypes().filter(t => kindOf(t).accepts.refine)
    notTaken('refine', `'refine: false' (only ${refiners.join(', ')} refines)`)
  }

  if (given.inputTaskId && rules.inputTaskIdReplacesPrompt) {
    if (given.prompt)
      fail(
        'prompt',
        `is not used when input-task-id names ${rules.inputTaskIdMeans ?? 'an earlier task'}. Remove prompt or input-task-id.`
      )
  } else if (rules.prompt === 'required' && !given.prompt) {
    const max = rules.promptMaxChars ? ` (at most ${rules.promptMaxChars} characters)` : ''
    fail('prompt', `${task} needs a prompt${max}.`)
  }
  if (rules.promptOrImage) {
    if (given.prompt === counts.images > 0) {
      fail(
        'prompt',
        `${task} needs exactly one style: a prompt (text style) or one image (image style), not ${given.prompt ? 'both' : 'neither'}.`
      )
    }
  }
  if (rules.images && rules.images.min > 0)
    checkSource(counts.images, 'image', given.inputTaskId, rules.images, rules, fail, task)
  else if (rules.images && counts.images > rules.images.max) {
    fail('image', `${task} takes at most ${rules.images.max} image(s); got ${counts.images}.`)
  }
  if (counts.models > 1) fail('model', `${task} takes one model; got ${counts.models} lines.`)
  if (rules.model === 'required') checkModelSource(counts.models > 0, given.inputTaskId, fail, task)
  if (rules.inputTaskId === 'required' && !given.inputTaskId) {
    fail(
      'input-task-id',
      `${task} needs input-task-id (${rules.inputTaskIdMeans ?? 'an earlier task'}).`
    )
  }
  const standIn = rules.actionIdOr?.some(field => spec.params[field] !== undefined) ?? false
  if (rules.actionId && !given.actionId && !standIn) {
    const or = rules.actionIdOr?.length ? ` (or ${rules.actionIdOr.join(' or ')} in params)` : ''
    fail(
      'action-id',
      `${task} needs action-id: a whole number from Meshy's animation catalogue (e.g. 92)${or}.`
    )
  }
  rules.check?.(spec, fail)
}

type Fail = (field: string, message: string) => never

/** Images as the source of a task: between min and max, or an input task instead. */
function checkSource(
  count: number,
  field: string,
  byTask: boolean,
  { min, max }: { min: number; max: number },
  rules: InputRules,
  fail: Fail,
  task: string
): void {
  const range = min === max ? `${min}` : `${min} to ${max}`
  if (byTask && count > 0) fail(field, `give either image or input-task-id for ${task}, not both.`)
  if (byTask) return
  if (count < min || count > max) {
    const alt = rules.inputTaskId !== 'no' ? ' (or input-task-id)' : ''
    fail(
      field,
      `${task} needs ${range} image(s)${alt}, one per line; got ${count}. Each is an https URL, a data URI, or a workspace path.`
    )
  }
}

function checkModelSource(hasModel: boolean, byTask: boolean, fail: Fail, task: string): void {
  if (hasModel && byTask) fail('model', `give either model or input-task-id for ${task}, not both.`)
  if (!hasModel && !byTask) {
    fail(
      'model',
      `${task} needs a model (an https URL, a data URI, or a workspace .glb/.gltf/.obj/.fbx/.stl) or input-task-id.`
    )
  }
}

/**
 * A params key that an input also sets would be sent twice with two values, and one the route
 * refuses (a v1 field v2 answers 400 to) would fail at Meshy: refuse both here.
 */
function checkParams(spec: TaskSpec, where: Where): void {
  const refused = refusedParam(spec)
  if (refused) {
    throw new ConfigurationError(where('params'), `'${refused.field}': ${refused.why}.`)
  }
  const owned = fieldsSetByInputs(spec)
  for (const key of Object.keys(spec.params)) {
    const owner = owned[key]
    if (owner) {
      throw new ConfigurationError(
        where('params'),
        `'${key}' is also set by input '${where(owner)}'. Set it in one place only (remove it from params or from ${owner}).`
      )
    }
  }
}
