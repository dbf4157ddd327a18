// Every user-facing task type in one table: which Meshy route creates it, which inputs it takes,
// the request fields Meshy documents for it, its task-specific rules, and the request(s) it sends.
// Adding a task type is ONE entry here: the list of task types, config validation, planning,
// pricing and downloads all read this table (a test adds a made-up entry and runs it end to
// end). Every route is Meshy's API v2; sources of its rules: docs/meshy-rules.md.
import type { ModelFormat, TaskSpec, TaskType } from './types.js'
import type { MeshyTask, Resource } from '../meshy/types.js'
import {
  type Body,
  modelSource,
  optional,
  targetFormats,
  textureModel,
  withParams
} from './bodies.js'
import { creditsFor, DEFAULT_IMAGE_MODEL } from './price-list.js'
import { checkMotion, checkResize, MOTION_PROMPT_MAX_CHARS } from './pipeline-checks.js'

export {
  assetsOf,
  formatCoverage,
  isProducedFileName,
  printableVerdict,
  reportOf,
  urlsOf,
  type AssetRef
} from './results.js'

type Need = 'required' | 'optional' | 'no'

/**
 * What a task takes. Where `inputTaskId` is not 'no', an input task id stands in for the
 * model or images (Meshy then works on that task's result), so 'required' media means
 * "this, or input-task-id" — never both.
 */
export interface InputRules {
  prompt: Need
  texturePrompt: boolean
  images: { min: number; max: number } | null
  model: Need
  inputTaskId: Need
  actionId: boolean
  refine: boolean
  /** The endpoint takes target_formats. */
  targetFormats: boolean
  /** The endpoint takes ai_model. */
  aiModel: boolean
  /** The endpoint takes texture_model (the `texture-model` input). */
  textureModel?: boolean
  /** Needs a prompt or an image (retexture's style), not both. */
  promptOrImage?: boolean
  /**
   * Longest prompt and texture prompt Meshy documents for this task (600 for 3D and
   * texture/style prompts). Absent: no documented limit, so none is enforced.
   */
  promptMaxChars?: number
  /** The only model file types the `model` input may hold (rigging: GLB). Absent: any model. */
  modelTypes?: readonly string[]
  /** Takes the `height` and `origin` inputs (resize). */
  size?: boolean
  /**
   * Params fields that may stand in for action-id (animation: action_ids, or a text-to-motion
   * clip as motion_task_id).
   */
  actionIdOr?: readonly string[]
  /** input-task-id stands in for the prompt (text-to-3d: it names the model to texture). */
  inputTaskIdReplacesPrompt?: boolean
  /** What input-task-id must name, for the message when it is missing. */
  inputTaskIdMeans?: string
  /** Task-specific checks of the whole spec; `fail` names the input and never returns. */
  check?(spec: TaskSpec, fail: (input: string, message: string) => never): void
}

export interface StepPlan {
  name: string
  resource: Resource
  /**
   * `previous` is the prior step's SUCCEEDED task; for a first step that works on input-task-id,
   * the task that id names (the pipeline reads it when `readsInputTask` is set).
   */
  body(previous?: MeshyTask): Record<string, unknown>
  /** The body wants the task input-task-id names (read for free before the create). */
  readsInputTask?: boolean
  /** Estimated credits. */
  estimate: number
}

export interface TaskKind {
  task: TaskType
  resource: Resource
  /** Task `type` values its tasks may carry (v1-era names too: lockfiles still hold such tasks). */
  meshyTypes: string[]
  accepts: InputRules
  /**
   * The request fields Meshy documents for this route. A `params` key outside it gets a warning
   * (v2 answers 400 to a field it does not define; a 400 costs nothing, and a field Meshy adds
   * later stays usable).
   */
  fields: readonly string[]
  /** Fields Meshy documents as refused on this route, with what to use instead: config errors. */
  refused?: Readonly<Record<string, string>>
  /** Model formats this task can produce (what `formats: all` means for it). */
  formats: readonly ModelFormat[]
  steps(spec: TaskSpec): StepPlan[]
}

const MESH_FORMATS: readonly ModelFormat[] = ['glb', 'obj', 'fbx', 'stl', 'usdz', '3mf']
const REMESH_FORMATS: readonly ModelFormat[] = ['glb', 'fbx', 'obj', 'usdz', 'blend', 'stl', '3mf']
const RIG_FORMATS: readonly ModelFormat[] = ['glb', 'fbx']

const NONE: InputRules = {
  prompt: 'no',
  texturePrompt: false,
  images: null,
  model: 'no',
  inputTaskId: 'no',
  actionId: false,
  refine: false,
  targetFormats: false,
  aiModel: false
}

/** A v2 create route and the task `type` it makes. */
const v2 = (path: string, type: string = path): Resource => ({ version: 'v2', path, type })
// One-call text-to-3d's `type` is not documented; 'text-to-3d' is our reading (docs/meshy-rules.md).
const TEXT_TO_3D = v2('text-to-3d')
const RETEXTURE = v2('retexture')

/** The estimate of one request: the price table applied to the body that will be sent. */
function priced(meshyType: string, body: Body): number {
  const credits = creditsFor(meshyType, body)
  if (credits === undefined) throw new Error(`price-list.ts has no price for '${meshyType}'`)
  return credits
}

/**
 * A task type made of one request: its step is named after it and goes to its own resource.
 * Its estimate is the price table's answer for that request, unless the kind brings its own.
 */
export function oneStep(
  kind: Omit<TaskKind, 'steps'>,
  body: (s: TaskSpec, previous?: MeshyTask) => Body,
  estimate?: (body: Body) => number
): TaskKind {
  const steps = (spec: TaskSpec): StepPlan[] => {
    const full = (previous?: MeshyTask): Body => withParams(body(spec, previous), spec.params)
    return [
      {
        name: kind.task,
        resource: kind.resource,
        estimate: estimate ? estimate(full()) : priced(kind.resource.type, full()),
        body: full
      }
    ]
  }
  return { ...kind, steps }
}

/** Meshy's documented limit for 3D prompts and texture/style prompts (docs/meshy-rules.md). */
export const PROMPT_3D_MAX_CHARS = 600

/** Texture fields of the generation routes: what a mesh-only request must not carry. */
const TEXTURE_FIELDS = [
  'texture_model',
  'texture_prompt',
  'texture_image_url',
  'enable_pbr',
  'texture_resolution'
]
/** v1-era generation fields the v2 pages do not refuse; their presence on v2 is unconfirmed. */
const GENERATION_FIELDS = [
  'ai_model',
  'target_formats',
  'should_texture',
  ...TEXTURE_FIELDS,
  'remove_lighting',
  'geometry_resolution',
  'should_remesh',
  'topology',
  'target_polycount',
  'decimation_mode',
  'symmetry_mode',
  'pose_mode',
  'seed'
]

/**
 * One-call text-to-3d (v2): `refine` keeps its meaning for users — true gives a textured model,
 * false a mesh only. With input-task-id the action textures that earlier model through retexture,
 * with the texture prompt given, else the prompt the model was made from.
 */
function textTo3dBody(spec: TaskSpec): Body {
  const texture = spec.refine
    ? { ...textureModel(spec), ...optional('texture_prompt', spec.texturePrompt) }
    : {}
  return {
    prompt: spec.prompt,
    ...optional('ai_model', spec.aiModel),
    should_texture: spec.refine,
    ...texture,
    ...targetFormats(spec, MESH_FORMATS)
  }
}

function textureExisting(spec: TaskSpec, source?: MeshyTask): Body {
  const recorded = source?.input?.prompt ?? source?.prompt
  const prompt = spec.texturePrompt || (typeof recorded === 'string' ? recorded : '')
  return {
    input_task_id: spec.inputTaskId,
    ...textureModel(spec),
    ...optional('texture_prompt', prompt),
    ...targetFormats(spec, MESH_FORMATS)
  }
}

function textTo3dSteps(spec: TaskSpec): StepPlan[] {
  if (spec.inputTaskId) {
    const body = (source?: MeshyTask): Body =>
      withParams(textureExisting(spec, source), spec.params)
    const step = { name: 'texture', resource: RETEXTURE, readsInputTask: true, body }
    return [{ ...step, estimate: priced(RETEXTURE.type, body()) }]
  }
  const body = (): Body => withParams(textTo3dBody(spec), spec.params)
  return [
    { name: 'text-to-3d', resource: TEXT_TO_3D, estimate: priced(TEXT_TO_3D.type, body()), body }
  ]
}

/** A mesh only takes no texture options; Meshy answers 400 to them (docs/meshy-rules.md). */
function checkUntextured(spec: TaskSpec, fail: (input: string, message: string) => never): void {
  const meshOnly =
    spec.params.should_texture === false || (spec.task === 'text-to-3d' && !spec.refine)
  if (!meshOnly) return
  const how = spec.task === 'text-to-3d' ? "'refine: false'" : 'should_texture: false'
  const why = `with ${how} (a mesh without textures) Meshy refuses texture options`
  if (spec.texturePrompt) fail('texture-prompt', `${why}. Remove texture-prompt or ${how}.`)
  if (spec.textureModel) fail('texture-model', `${why}. Remove texture-model or ${how}.`)
  const given = TEXTURE_FIELDS.filter(key => spec.params[key] !== undefined)
  if (given.length > 0) fail('params', `${why} (${given.join(', ')}). Remove them or ${how}.`)
}

/** Meshy refuses texture_prompt together with texture_image_url (400 parameters_conflict). */
function checkOneTextureStyle(spec: TaskSpec, fail: (input: string, message: string) => never) {
  if (spec.params.texture_image_url === undefined) return
  if (spec.texturePrompt || spec.params.texture_prompt !== undefined) {
    fail(
      'params',
      'texture_image_url cannot be sent with a texture prompt (Meshy answers 400 parameters_conflict). Keep one.'
    )
  }
}

function checkTextTo3d(spec: TaskSpec, fail: (input: string, message: string) => never): void {
  if (spec.inputTaskId && !spec.refine) {
    fail(
      'refine',
      `with input-task-id (a model to texture), 'refine: false' leaves nothing to do. Remove one of them.`
    )
  }
  checkUntextured(spec, fail)
  checkOneTextureStyle(spec, fail)
}

/** Fields v2 refuses on the generation routes where v1 took them. */
const REFUSED_MODEL_TYPE = {
  model_type:
    'Meshy API v2 refuses model_type; choose smart topology with ai-model meshy-t2.5 or meshy-t2'
}

/**
 * image-to-3d and multi-image-to-3d: the same fields and prices; they differ in how many images
 * they take and how the images are sent. A task id to start from replaces the images.
 */
function imageTo3d(
  task: 'image-to-3d' | 'multi-image-to-3d',
  maxImages: number,
  images: (spec: TaskSpec) => Body,
  extraFields: readonly string[]
): TaskKind {
  const accepts: InputRules = {
    ...NONE,
    texturePrompt: true,
    images: { min: 1, max: maxImages },
    inputTaskId: 'optional',
    targetFormats: true,
    aiModel: true,
    textureModel: true,
    promptMaxChars: PROMPT_3D_MAX_CHARS,
    check: (spec, fail) => {
      checkUntextured(spec, fail)
      checkOneTextureStyle(spec, fail)
    }
  }
  const kind = {
    task,
    resource: v2(task),
    meshyTypes: [task],
    accepts,
    fields: ['input_task_id', ...extraFields, ...GENERATION_FIELDS],
    refused: REFUSED_MODEL_TYPE,
    formats: MESH_FORMATS
  }
  return oneStep(kind, spec => ({
    ...(spec.inputTaskId ? { input_task_id: spec.inputTaskId } : images(spec)),
    ...optional('ai_model', spec.aiModel),
    ...(spec.params.should_texture === false
      ? {}
      : { ...textureModel(spec), ...optional('texture_prompt', spec.texturePrompt) }),
    ...targetFormats(spec, MESH_FORMATS)
  }))
}

/** Image tasks always send a model: Meshy requires ai_model there (docs/meshy-rules.md). */
function imageBody(spec: TaskSpec): Body {
  return { ai_model: spec.aiModel || DEFAULT_IMAGE_MODEL, prompt: spec.prompt }
}

/** Retexture's style: a text prompt or a style image, sent under their v2 names. */
function retextureBody(spec: TaskSpec): Body {
  const style = spec.prompt
    ? { texture_prompt: spec.prompt }
    : optional('texture_image_url', spec.images[0]?.value)
  return {
    ...modelSource(spec),
    ...style,
    ...textureModel(spec),
    ...targetFormats(spec, MESH_FORMATS)
  }
}

const RETEXTURE_RULES: InputRules = {
  ...NONE,
  model: 'required',
  inputTaskId: 'optional',
  targetFormats: true,
  textureModel: true,
  promptMaxChars: PROMPT_3D_MAX_CHARS
}

const RETEXTURE_FIELDS = [
  'input_task_id',
  'model_url',
  'texture_model',
  'texture_prompt',
  'texture_image_url',
  'uv_mode',
  'texture_resolution',
  'target_formats',
  'enable_pbr',
  'remove_lighting'
]

/** v1 names that v2's retexture answers 400 to, with the v2 name. */
const RETEXTURE_REFUSED = {
  text_style_prompt: 'v2 names it texture_prompt (the prompt input sends it)',
  image_style_url: 'v2 names it texture_image_url (the image input sends it)',
  ai_model: 'retexture takes texture_model on v2 (the texture-model input)',
  enable_original_uv: 'v2 replaces it with uv_mode',
  hd_texture: 'v2 replaces it with texture_resolution: 4k'
}

/** What an animation plays: Meshy takes exactly one of them (400 otherwise). */
const ANIMATION_CHOICES = ['action_id', 'action_ids', 'motion_task_id'] as const

function checkOneAnimation(spec: TaskSpec, fail: (input: string, message: string) => never) {
  const chosen = [
    ...(spec.actionId !== undefined ? ['action-id'] : []),
    ...ANIMATION_CHOICES.slice(1).filter(f => spec.params[f] !== undefined)
  ]
  if (chosen.length > 1) {
    fail(
      'params',
      `animation plays exactly one of action-id, action_ids and motion_task_id (a text-to-motion task); got ${chosen.join(' and ')}.`
    )
  }
}

/** Remesh no longer resizes or converts on v2: even null or false gives 400. */
const REMESH_REFUSED = Object.fromEntries(
  ['resize_height', 'resize_longest_side', 'origin_at', 'auto_size', 'convert_format_only'].map(
    field => [
      field,
      "Meshy API v2's remesh refuses it, even as null or false: resize or convert separately"
    ]
  )
)

/** Every format Meshy's convert builds (its page: FBX, USDZ, 3MF, STL, OBJ, Blend, and GLB). */
const CONVERT_FORMATS: readonly ModelFormat[] = ['glb', 'fbx', 'usdz', '3mf', 'stl', 'obj', 'blend']
/** Resize returns the upload's format (GLB for a task, glTF or a data URI). */
const RESIZE_FORMATS: readonly ModelFormat[] = ['glb', 'fbx', 'obj', 'stl']

/** A route that works on one model: an earlier task or the model input, never both. */
const ON_A_MODEL: InputRules = { ...NONE, model: 'required', inputTaskId: 'optional' }

/** The v2 pipeline routes after generation (issue 28; docs/meshy-rules.md). */
const PIPELINE: Record<TaskType, TaskKind> = {
  convert: oneStep(
    {
      task: 'convert',
      resource: v2('convert'),
      meshyTypes: ['convert'],
      accepts: { ...ON_A_MODEL, targetFormats: true },
      fields: ['input_task_id', 'model_url', 'target_formats'],
      formats: CONVERT_FORMATS
    },
    // target_formats is the whole point of a convert: sent even for the default format.
    spec => ({
      ...modelSource(spec),
      target_formats: spec.formats.filter(f => CONVERT_FORMATS.includes(f))
    })
  ),
  resize: oneStep(
    {
      task: 'resize',
      resource: v2('resize'),
      meshyTypes: ['resize'],
      accepts: { ...ON_A_MODEL, size: true, check: checkResize },
      fields: [
        'input_task_id',
        'model_url',
        'resize_height',
        'resize_longest_side',
        'auto_size',
        'origin_at'
      ],
      formats: RESIZE_FORMATS
    },
    spec => ({
      ...modelSource(spec),
      ...(spec.height !== undefined ? { resize_height: spec.height } : {}),
      ...optional('origin_at', spec.origin)
    })
  ),
  'uv-unwrap': oneStep(
    {
      task: 'uv-unwrap',
      resource: v2('uv-unwrap'),
      meshyTypes: ['uv-unwrap'],
      // GLB only; the face cap is Meshy's to check (its number is unconfirmed, its 400 names it).
      accepts: { ...ON_A_MODEL, modelTypes: ['glb'] },
      fields: ['input_task_id', 'model_url'],
      formats: ['glb']
    },
    modelSource
  ),
  // Free; its report (output shape unconfirmed) is kept whole and shown as JSON.
  'print-analyze': oneStep(
    {
      task: 'print-analyze',
      resource: v2('print/analyze', 'print-analyze'),
      meshyTypes: ['print-analyze'],
      accepts: ON_A_MODEL,
      fields: ['input_task_id', 'model_url'],
      formats: []
    },
    modelSource
  ),
  'print-repair': oneStep(
    {
      task: 'print-repair',
      resource: v2('print/repair', 'print-repair'),
      meshyTypes: ['print-repair'],
      accepts: ON_A_MODEL,
      fields: ['input_task_id', 'model_url'],
      formats: ['glb']
    },
    modelSource
  ),
  'text-to-motion': oneStep(
    {
      task: 'text-to-motion',
      resource: v2('text-to-motion'),
      meshyTypes: ['text-to-motion'],
      accepts: {
        ...NONE,
        prompt: 'required',
        promptMaxChars: MOTION_PROMPT_MAX_CHARS,
        check: checkMotion
      },
      fields: ['prompt', 'duration', 'mode'],
      formats: ['fbx', 'bvh']
    },
    spec => ({ prompt: spec.prompt })
  )
}

/**
 * The catalogue. Not frozen on purpose: a test adds a made-up task type as one entry and runs it
 * end to end, which proves that nothing else needs a change.
 */
export const CATALOGUE: Record<TaskType, TaskKind> = {
  'text-to-3d': {
    task: 'text-to-3d',
    resource: TEXT_TO_3D,
    // v1-era two-step tasks (preview, refine) still sit in users' lockfiles.
    meshyTypes: ['text-to-3d', 'text-to-3d-preview', 'text-to-3d-refine'],
    accepts: {
      ...NONE,
      prompt: 'required',
      texturePrompt: true,
      inputTaskId: 'optional',
      refine: true,
      targetFormats: true,
      aiModel: true,
      textureModel: true,
      promptMaxChars: PROMPT_3D_MAX_CHARS,
      inputTaskIdReplacesPrompt: true,
      inputTaskIdMeans: 'a SUCCEEDED text-to-3d task to texture',
      check: checkTextTo3d
    },
    fields: ['prompt', ...GENERATION_FIELDS, 'input_task_id', 'uv_mode'],
    refused: {
      ...REFUSED_MODEL_TYPE,
      mode: "requests with mode stop on 15 March 2027: the action makes one call ('refine' chooses textured or not)",
      preview_task_id: 'the action textures an earlier model through retexture (input-task-id)'
    },
    formats: MESH_FORMATS,
    steps: textTo3dSteps
  },
  'image-to-3d': imageTo3d('image-to-3d', 1, spec => optional('image_url', spec.images[0]?.value), [
    'image_url'
  ]),
  'multi-image-to-3d': imageTo3d(
    'multi-image-to-3d',
    4,
    spec => ({ image_urls: spec.images.map(i => i.value) }),
    ['image_urls', 'texture_image_urls']
  ),
  // Meshy retired text-to-texture; texturing from text is Retexture with a style prompt.
  'text-to-texture': oneStep(
    {
      task: 'text-to-texture',
      resource: RETEXTURE,
      meshyTypes: ['retexture'],
      accepts: { ...RETEXTURE_RULES, prompt: 'required' },
      fields: RETEXTURE_FIELDS,
      refused: RETEXTURE_REFUSED,
      formats: MESH_FORMATS
    },
    retextureBody
  ),
  retexture: oneStep(
    {
      task: 'retexture',
      resource: RETEXTURE,
      meshyTypes: ['retexture'],
      accepts: {
        ...RETEXTURE_RULES,
        prompt: 'optional',
        images: { min: 0, max: 1 },
        promptOrImage: true
      },
      fields: RETEXTURE_FIELDS,
      refused: RETEXTURE_REFUSED,
      formats: MESH_FORMATS
    },
    retextureBody
  ),
  remesh: oneStep(
    {
      task: 'remesh',
      resource: v2('remesh'),
      meshyTypes: ['remesh'],
      accepts: { ...NONE, model: 'required', inputTaskId: 'optional', targetFormats: true },
      fields: ['input_task_id', 'model_url', 'target_formats', 'topology', 'target_polycount'],
      refused: REMESH_REFUSED,
      formats: REMESH_FORMATS
    },
    spec => ({
      ...modelSource(spec),
      ...targetFormats(spec, REMESH_FORMATS)
    })
  ),
  rigging: oneStep(
    {
      task: 'rigging',
      // v1 named its tasks `rig`; the v2 name is not documented, so v1's is kept.
      resource: v2('rigging', 'rig'),
      meshyTypes: ['rig'],
      // A textured humanoid GLB only (rigging docs; Meshy CLI's resource registry).
      accepts: { ...NONE, model: 'required', inputTaskId: 'optional', modelTypes: ['glb'] },
      fields: ['input_task_id', 'model_url', 'height_meters', 'skeleton_template'],
      refused: {
        texture_image_url: "Meshy API v2's rigging refuses it: the GLB's own textures are used"
      },
      formats: RIG_FORMATS
    },
    modelSource
  ),
  animation: oneStep(
    {
      task: 'animation',
      resource: v2('animations', 'animate'),
      meshyTypes: ['animate'],
      accepts: {
        ...NONE,
        inputTaskId: 'required',
        actionId: true,
        actionIdOr: ANIMATION_CHOICES.slice(1),
        inputTaskIdMeans: 'the id of a SUCCEEDED rigging task',
        check: checkOneAnimation
      },
      fields: ['rig_task_id', ...ANIMATION_CHOICES, 'post_process'],
      formats: RIG_FORMATS
    },
    spec => ({
      rig_task_id: spec.inputTaskId,
      ...(spec.actionId !== undefined ? { action_id: spec.actionId } : {})
    })
  ),
  // No documented prompt limit on the image tasks, so promptMaxChars is left out.
  'text-to-image': oneStep(
    {
      task: 'text-to-image',
      resource: v2('text-to-image'),
      meshyTypes: ['text-to-image'],
      accepts: { ...NONE, prompt: 'required', aiModel: true },
      fields: ['ai_model', 'prompt', 'aspect_ratio'],
      formats: []
    },
    imageBody
  ),
  'image-to-image': oneStep(
    {
      task: 'image-to-image',
      resource: v2('image-to-image'),
      meshyTypes: ['image-to-image'],
      accepts: { ...NONE, prompt: 'required', images: { min: 1, max: 5 }, aiModel: true },
      fields: ['ai_model', 'prompt', 'reference_image_urls', 'input_task_id'],
      formats: []
    },
    spec => ({
      ...imageBody(spec),
      reference_image_urls: spec.images.map(i => i.value)
    })
  ),
  ...PIPELINE
}

/** Every task type, in catalogue order: the one list that inputs, hints and docs use. */
export function taskTypes(): TaskType[] {
  return Object.keys(CATALOGUE)
}

export function isTaskType(name: string): name is TaskType {
  return Object.hasOwn(CATALOGUE, name)
}

export function kindOf(task: TaskType): TaskKind {
  const kind = CATALOGUE[task]
  if (!kind) throw new Error(`'${task}' is not in the task catalogue`)
  return kind
}

/** The task kind whose tasks carry this Meshy `type` (a picked-up task's prices and files). */
export function kindForMeshyType(type: string | undefined): TaskKind | undefined {
  return Object.values(CATALOGUE).find(k => type !== undefined && k.meshyTypes.includes(type))
}
