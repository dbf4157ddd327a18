// Every user-facing task type in one table: which Meshy resource serves it, which inputs it
// takes, its task-specific rules, and the request(s) it sends. Adding a task type is ONE entry
// here: the list of task types, config validation, planning, pricing and downloads all read this
// table (a test adds a made-up entry and runs it end to end). Sources of Meshy's rules:
// docs/meshy-rules.md.
import type { ModelFormat, TaskSpec, TaskType } from './types.js'
import type { MeshyTask, Resource } from '../meshy/types.js'
import {
  type Body,
  modelSource,
  optional,
  PREVIEW_ONLY_FIELDS,
  REFINE_ONLY_FIELDS,
  targetFormats,
  withParams
} from './bodies.js'
import { creditsFor, DEFAULT_IMAGE_MODEL } from './price-list.js'

export { assetsOf, formatCoverage, isProducedFileName, urlsOf, type AssetRef } from './results.js'

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
  /** Needs a prompt or an image (retexture's style), not both. */
  promptOrImage?: boolean
  /**
   * Longest prompt and texture prompt Meshy documents for this task (600 for 3D and
   * texture/style prompts). Absent: no documented limit, so none is enforced.
   */
  promptMaxChars?: number
  /** The only model file types the `model` input may hold (rigging: GLB). Absent: any model. */
  modelTypes?: readonly string[]
  /** input-task-id stands in for the prompt (text-to-3d: it names the preview to refine). */
  inputTaskIdReplacesPrompt?: boolean
  /** What input-task-id must name, for the message when it is missing. */
  inputTaskIdMeans?: string
  /** Task-specific checks of the whole spec; `fail` names the input and never returns. */
  check?(spec: TaskSpec, fail: (input: string, message: string) => never): void
}

export interface StepPlan {
  name: string
  resource: Resource
  /** `previous` is the prior step's SUCCEEDED task. */
  body(previous?: MeshyTask): Record<string, unknown>
  /** Estimated credits. */
  estimate: number
}

export interface TaskKind {
  task: TaskType
  resource: Resource
  /** Task `type` values this resource returns. */
  meshyTypes: string[]
  accepts: InputRules
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

const v1 = (path: string): Resource => ({ version: 'v1', path })
const TEXT_TO_3D: Resource = { version: 'v2', path: 'text-to-3d' }
const RETEXTURE = v1('retexture')

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
  body: (s: TaskSpec) => Body,
  estimate?: (body: Body) => number
): TaskKind {
  const steps = (spec: TaskSpec): StepPlan[] => {
    const full = (): Body => withParams(body(spec), spec.params)
    return [
      {
        name: kind.task,
        resource: kind.resource,
        estimate: estimate ? estimate(full()) : priced(kind.meshyTypes[0], full()),
        body: full
      }
    ]
  }
  return { ...kind, steps }
}

/** Refine takes only these ai_model values (docs/meshy-rules.md, "Refine ai_model"). */
export const REFINE_AI_MODELS = ['meshy-5', 'meshy-6', 'meshy-7', 'latest']

/**
 * The ai_model a refine may send: one refine accepts, else none (refine then inherits the
 * preview's model). A smart-topology preview's refine always inherits.
 */
function refineModel(body: Body, params: Body): Body {
  const model = body.ai_model
  const smart = params.model_type === 'smart-topology'
  if (model === undefined || (!smart && REFINE_AI_MODELS.includes(String(model)))) return body
  const rest = { ...body }
  delete rest.ai_model
  return rest
}

function textTo3dSteps(spec: TaskSpec): StepPlan[] {
  const common = (s: TaskSpec) => ({
    ...optional('ai_model', s.aiModel),
    ...targetFormats(s, MESH_FORMATS)
  })
  const previewBody = (): Body =>
    withParams(
      { mode: 'preview', prompt: spec.prompt, ...common(spec) },
      spec.params,
      REFINE_ONLY_FIELDS
    )
  const refineBody = (previous?: MeshyTask): Body =>
    refineModel(
      withParams(
        {
          mode: 'refine',
          preview_task_id: spec.inputTaskId || previous?.id,
          ...optional('texture_prompt', spec.texturePrompt),
          ...common(spec)
        },
        spec.params,
        PREVIEW_ONLY_FIELDS
      ),
      spec.params
    )
  const preview: StepPlan = {
    name: 'preview',
    resource: TEXT_TO_3D,
    estimate: priced('text-to-3d-preview', previewBody()),
    body: previewBody
  }
  const refine: StepPlan = {
    name: 'refine',
    resource: TEXT_TO_3D,
    estimate: priced('text-to-3d-refine', refineBody()),
    body: refineBody
  }
  // input-task-id names an existing preview: only the refine is left to do.
  if (spec.inputTaskId) return [refine]
  return spec.refine ? [preview, refine] : [preview]
}

function retextureBody(spec: TaskSpec): Body {
  const style = spec.prompt
    ? { text_style_prompt: spec.prompt }
    : optional('image_style_url', spec.images[0]?.value)
  return {
    ...modelSource(spec),
    ...style,
    ...optional('ai_model', spec.aiModel),
    ...targetFormats(spec, MESH_FORMATS)
  }
}

/** Meshy's documented limit for 3D prompts and texture/style prompts (docs/meshy-rules.md). */
export const PROMPT_3D_MAX_CHARS = 600

/** Texture options an untextured (should_texture: false) image-to-3d refuses. */
const TEXTURE_PARAMS = ['enable_pbr', 'texture_resolution', 'texture_image_url']

/** should_texture: false makes a mesh only; Meshy answers 400 to any texture option with it. */
function checkUntextured(spec: TaskSpec, fail: (input: string, message: string) => never): void {
  if (spec.params.should_texture !== false) return
  const why = 'with should_texture: false (a mesh without textures) Meshy refuses texture options'
  if (spec.texturePrompt) fail('texture-prompt', `${why}. Remove texture-prompt or should_texture.`)
  const given = TEXTURE_PARAMS.filter(key => spec.params[key] !== undefined)
  if (given.length > 0) {
    fail('params', `${why} (${given.join(', ')}). Remove them or should_texture.`)
  }
}

/**
 * image-to-3d and multi-image-to-3d: the same fields and prices; they differ in how many images
 * they take and how the images are sent. A task id to start from replaces the images.
 */
function imageTo3d(
  task: 'image-to-3d' | 'multi-image-to-3d',
  maxImages: number,
  images: (spec: TaskSpec) => Body
): TaskKind {
  const accepts: InputRules = {
    ...NONE,
    texturePrompt: true,
    images: { min: 1, max: maxImages },
    inputTaskId: 'optional',
    targetFormats: true,
    aiModel: true,
    promptMaxChars: PROMPT_3D_MAX_CHARS,
    check: checkUntextured
  }
  const kind = { task, resource: v1(task), meshyTypes: [task], accepts, formats: MESH_FORMATS }
  return oneStep(kind, spec => ({
    ...(spec.inputTaskId ? { input_task_id: spec.inputTaskId } : images(spec)),
    ...optional('texture_prompt', spec.texturePrompt),
    ...optional('ai_model', spec.aiModel),
    ...targetFormats(spec, MESH_FORMATS)
  }))
}

/** Image tasks always send a model: Meshy requires ai_model there (docs/meshy-rules.md). */
function imageBody(spec: TaskSpec): Body {
  return { ai_model: spec.aiModel || DEFAULT_IMAGE_MODEL, prompt: spec.prompt }
}

/** text-to-3d with input-task-id refines that preview; refine: false would leave nothing. */
function checkTextTo3d(spec: TaskSpec, fail: (input: string, message: string) => never): void {
  if (spec.inputTaskId && !spec.refine) {
    fail(
      'refine',
      `with input-task-id (a preview to refine), 'refine: false' leaves nothing to do. Remove one of them.`
    )
  }
}

const RETEXTURE_RULES: InputRules = {
  ...NONE,
  model: 'required',
  inputTaskId: 'optional',
  targetFormats: true,
  aiModel: true,
  promptMaxChars: PROMPT_3D_MAX_CHARS
}

/**
 * The catalogue. Not frozen on purpose: a test adds a made-up task type as one entry and runs it
 * end to end, which proves that nothing else needs a change.
 */
export const CATALOGUE: Record<TaskType, TaskKind> = {
  'text-to-3d': {
    task: 'text-to-3d',
    resource: TEXT_TO_3D,
    meshyTypes: ['text-to-3d-preview', 'text-to-3d-refine'],
    accepts: {
      ...NONE,
      prompt: 'required',
      texturePrompt: true,
      inputTaskId: 'optional',
      refine: true,
      targetFormats: true,
      aiModel: true,
      promptMaxChars: PROMPT_3D_MAX_CHARS,
      inputTaskIdReplacesPrompt: true,
      inputTaskIdMeans: 'a SUCCEEDED text-to-3d preview',
      check: checkTextTo3d
    },
    formats: MESH_FORMATS,
    steps: textTo3dSteps
  },
  'image-to-3d': imageTo3d('image-to-3d', 1, spec => optional('image_url', spec.images[0]?.value)),
  'multi-image-to-3d': imageTo3d('multi-image-to-3d', 4, spec => ({
    image_urls: spec.images.map(i => i.value)
  })),
  // Meshy retired /v1/text-to-texture; texturing from text is Retexture with a style prompt.
  'text-to-texture': oneStep(
    {
      task: 'text-to-texture',
      resource: RETEXTURE,
      meshyTypes: ['retexture'],
      accepts: { ...RETEXTURE_RULES, prompt: 'required' },
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
      formats: MESH_FORMATS
    },
    retextureBody
  ),
  remesh: oneStep(
    {
      task: 'remesh',
      resource: v1('remesh'),
      meshyTypes: ['remesh'],
      accepts: { ...NONE, model: 'required', inputTaskId: 'optional', targetFormats: true },
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
      resource: v1('rigging'),
      meshyTypes: ['rig'],
      // A textured humanoid GLB only (rigging docs; Meshy CLI's resource registry).
      accepts: { ...NONE, model: 'required', inputTaskId: 'optional', modelTypes: ['glb'] },
      formats: RIG_FORMATS
    },
    modelSource
  ),
  animation: oneStep(
    {
      task: 'animation',
      resource: v1('animations'),
      meshyTypes: ['animate'],
      accepts: {
        ...NONE,
        inputTaskId: 'required',
        actionId: true,
        inputTaskIdMeans: 'the id of a SUCCEEDED rigging task'
      },
      formats: RIG_FORMATS
    },
    spec => ({
      rig_task_id: spec.inputTaskId,
      action_id: spec.actionId
    })
  ),
  // No documented prompt limit on the image tasks, so promptMaxChars is left out.
  'text-to-image': oneStep(
    {
      task: 'text-to-image',
      resource: v1('text-to-image'),
      meshyTypes: ['text-to-image'],
      accepts: { ...NONE, prompt: 'required', aiModel: true },
      formats: []
    },
    imageBody
  ),
  'image-to-image': oneStep(
    {
      task: 'image-to-image',
      resource: v1('image-to-image'),
      meshyTypes: ['image-to-image'],
      accepts: { ...NONE, prompt: 'required', images: { min: 1, max: 5 }, aiModel: true },
      formats: []
    },
    spec => ({
      ...imageBody(spec),
      reference_image_urls: spec.images.map(i => i.value)
    })
  )
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

/** Every distinct resource, for finding the home of a bare task id. text-to-3d first (most common). */
export function allResources(): Resource[] {
  return Object.values(CATALOGUE)
    .map(k => k.resource)
    .filter((r, i, all) => all.findIndex(o => o.version === r.version && o.path === r.path) === i)
}

export function resourceForMeshyType(type: string): Resource | undefined {
  return Object.values(CATALOGUE).find(k => k.meshyTypes.includes(type))?.resource
}
