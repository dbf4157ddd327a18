// Every user-facing task type in one table: which Meshy resource serves it, which inputs it
// takes, and the request(s) it sends. Adding a task type is one entry here (plus its name in
// TASK_TYPES); config validation, planning, pricing and downloads all read this table.
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
import {
  DEFAULT_IMAGE_MODEL,
  imageModelCredits,
  imageTo3dCredits,
  PRICES,
  previewCredits,
  refineCredits
} from './price-list.js'

export { assetsOf, isProducedFileName, urlsOf, type AssetRef } from './results.js'

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

/** A task type made of one request: its step is named after it and goes to its own resource. */
function oneStep(
  kind: Omit<TaskKind, 'steps'>,
  estimate: (s: TaskSpec) => number,
  body: (s: TaskSpec) => Body
): TaskKind {
  const steps = (spec: TaskSpec): StepPlan[] => [
    {
      name: kind.task,
      resource: kind.resource,
      estimate: estimate(spec),
      body: () => withParams(body(spec), spec.params)
    }
  ]
  return { ...kind, steps }
}

function textTo3dSteps(spec: TaskSpec): StepPlan[] {
  const common = (s: TaskSpec) => ({
    ...optional('ai_model', s.aiModel),
    ...targetFormats(s, MESH_FORMATS)
  })
  const preview: StepPlan = {
    name: 'preview',
    resource: TEXT_TO_3D,
    estimate: previewCredits(spec),
    body: () =>
      withParams(
        { mode: 'preview', prompt: spec.prompt, ...common(spec) },
        spec.params,
        REFINE_ONLY_FIELDS
      )
  }
  const refine: StepPlan = {
    name: 'refine',
    resource: TEXT_TO_3D,
    estimate: refineCredits(spec),
    body: previous =>
      withParams(
        {
          mode: 'refine',
          preview_task_id: spec.inputTaskId || previous?.id,
          ...optional('texture_prompt', spec.texturePrompt),
          ...common(spec)
        },
        spec.params,
        PREVIEW_ONLY_FIELDS
      )
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
    aiModel: true
  }
  const kind = { task, resource: v1(task), meshyTypes: [task], accepts, formats: MESH_FORMATS }
  return oneStep(kind, imageTo3dCredits, spec => ({
    ...(spec.inputTaskId ? { input_task_id: spec.inputTaskId } : images(spec)),
    ...optional('texture_prompt', spec.texturePrompt),
    ...optional('ai_model', spec.aiModel),
    ...targetFormats(spec, MESH_FORMATS)
  }))
}

function imageBody(spec: TaskSpec): Body {
  return { ai_model: spec.aiModel || DEFAULT_IMAGE_MODEL, prompt: spec.prompt }
}

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
      aiModel: true
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
      accepts: {
        ...NONE,
        prompt: 'required',
        model: 'required',
        inputTaskId: 'optional',
        targetFormats: true,
        aiModel: true
      },
      formats: MESH_FORMATS
    },
    () => PRICES.retexture,
    retextureBody
  ),
  retexture: oneStep(
    {
      task: 'retexture',
      resource: RETEXTURE,
      meshyTypes: ['retexture'],
      accepts: {
        ...NONE,
        prompt: 'optional',
        images: { min: 0, max: 1 },
        model: 'required',
        inputTaskId: 'optional',
        targetFormats: true,
        aiModel: true,
        promptOrImage: true
      },
      formats: MESH_FORMATS
    },
    () => PRICES.retexture,
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
    () => PRICES.remesh,
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
      accepts: { ...NONE, model: 'required', inputTaskId: 'optional' },
      formats: RIG_FORMATS
    },
    () => PRICES.rigging,
    modelSource
  ),
  animation: oneStep(
    {
      task: 'animation',
      resource: v1('animations'),
      meshyTypes: ['animate'],
      accepts: { ...NONE, inputTaskId: 'required', actionId: true },
      formats: RIG_FORMATS
    },
    () => PRICES.animation,
    spec => ({
      rig_task_id: spec.inputTaskId,
      action_id: spec.actionId
    })
  ),
  'text-to-image': oneStep(
    {
      task: 'text-to-image',
      resource: v1('text-to-image'),
      meshyTypes: ['text-to-image'],
      accepts: { ...NONE, prompt: 'required', aiModel: true },
      formats: []
    },
    s => imageModelCredits(PRICES.textToImage, s),
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
    s => imageModelCredits(PRICES.imageToImage, s),
    spec => ({
      ...imageBody(spec),
      reference_image_urls: spec.images.map(i => i.value)
    })
  )
}

export function kindOf(task: TaskType): TaskKind {
  return CATALOGUE[task]
}

/** Every distinct resource, for finding the home of a bare task id. text-to-3d first (most common). */
export const ALL_RESOURCES: Resource[] = Object.values(CATALOGUE)
  .map(k => k.resource)
  .filter((r, i, all) => all.findIndex(o => o.version === r.version && o.path === r.path) === i)

export function resourceForMeshyType(type: string): Resource | undefined {
  return Object.values(CATALOGUE).find(k => k.meshyTypes.includes(type))?.resource
}
