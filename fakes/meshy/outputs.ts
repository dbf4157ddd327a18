// Per-type result fields of a task object (docs/meshy-rules.md, "Task object"): empty shapes
// until SUCCEEDED, then signed URLs to the files the request asked for.

import { IMAGE_TASK_TYPES, MODEL_TASK_TYPES, PIPELINE_MODEL_TYPES } from './catalog.js'
import type { FakeTask } from './types.js'

type Sign = (file: string) => string

const DEFAULT_FORMATS = ['glb', 'fbx', 'obj', 'usdz', 'stl']
const TEXTURE_MAPS = ['base_color', 'metallic', 'normal', 'roughness']

export function resultFields(
  task: FakeTask,
  succeeded: boolean,
  sign: Sign
): Record<string, unknown> {
  if (task.type === 'print-analyze') return { result: succeeded ? analysis(task) : null }
  if (task.type === 'text-to-motion')
    return succeeded ? { model_urls: motionFile(task, sign) } : { model_urls: {} }
  if (
    MODEL_TASK_TYPES.includes(task.type) ||
    PIPELINE_MODEL_TYPES.includes(task.type) ||
    task.result === 'model'
  ) {
    return succeeded
      ? modelResult(task, sign)
      : { model_urls: {}, thumbnail_url: '', texture_urls: [] }
  }
  if (IMAGE_TASK_TYPES.includes(task.type) || task.result === 'image') {
    return { image_urls: succeeded ? imageResult(task, sign) : [] }
  }
  if (task.type === 'rig') return { result: succeeded ? rigResult(sign) : null }
  if (task.type === 'animate') return { result: succeeded ? animationResult(task, sign) : null }
  return {}
}

export function targetFormats(task: FakeTask): string[] {
  if (task.type === 'resize') return resizedFormat(task)
  const asked = task.body.target_formats
  if (Array.isArray(asked) && asked.length > 0) return [...new Set(asked.map(String))]
  // v2 builds GLB only unless told (v1 built every format; its remesh, GLB only).
  const v2 = task.resource.startsWith('/openapi/v2/') && task.body.mode === undefined
  return v2 || task.type === 'remesh' ? ['glb'] : DEFAULT_FORMATS
}

/**
 * The printability report. Meshy's `output` shape is unconfirmed (v1 had `printability`); the fake
 * makes one up so the action must keep it whole. A model URL naming "unprintable" fails it.
 */
function analysis(task: FakeTask): Record<string, unknown> {
  const unprintable = String(task.body.model_url ?? '').includes('unprintable')
  return {
    printability: {
      printable: !unprintable,
      issues: unprintable ? [{ kind: 'thin_wall', count: 3 }] : []
    }
  }
}

/** prime makes an FBX clip, swift a BVH one (Meshy's text-to-motion page). */
function motionFile(task: FakeTask, sign: Sign): Record<string, string> {
  return task.body.mode === 'swift' ? { bvh: sign('motion.bvh') } : { fbx: sign('motion.fbx') }
}

/** Resize keeps an uploaded model's format; a task's model, glTF and data URIs come back GLB. */
function resizedFormat(task: FakeTask): string[] {
  const ext = /\.(fbx|obj|stl)(?:[?#]|$)/i.exec(String(task.body.model_url ?? ''))?.[1]
  return [ext ? ext.toLowerCase() : 'glb']
}

function isTextured(task: FakeTask): boolean {
  switch (task.type) {
    case 'text-to-3d-refine':
    case 'retexture':
      return true
    case 'text-to-3d':
    case 'image-to-3d':
    case 'multi-image-to-3d':
      return task.body.should_texture !== false
    default:
      return false
  }
}

function modelResult(task: FakeTask, sign: Sign): Record<string, unknown> {
  const modelUrls: Record<string, string> = {}
  for (const format of targetFormats(task)) {
    modelUrls[format] = sign(`model.${format}`)
    if (format === 'obj') modelUrls.mtl = sign('model.mtl')
  }
  if (task.body.save_pre_remeshed_model === true) {
    modelUrls.pre_remeshed_glb = sign('pre_remeshed_model.glb')
  }
  const fields: Record<string, unknown> = {
    model_urls: modelUrls,
    thumbnail_url: sign('preview.png')
  }
  if (task.body.alpha_thumbnail === true) fields.alpha_thumbnail_url = sign('preview_alpha.png')
  fields.texture_urls = isTextured(task)
    ? [Object.fromEntries(TEXTURE_MAPS.map(map => [map, sign(`texture_0_${map}.png`)]))]
    : []
  return fields
}

/**
 * Meshy promises PNG only with remove_background (docs/meshy-rules.md, "Image results"), so the
 * fake serves the other types a client must accept: JPEG from text-to-image, WebP otherwise.
 */
function imageResult(task: FakeTask, sign: Sign): string[] {
  const count = task.body.generate_multi_view === true ? 4 : 1
  const ext =
    task.body.remove_background === true ? 'png' : task.type === 'text-to-image' ? 'jpg' : 'webp'
  return Array.from({ length: count }, (_, i) => sign(`image_${i}.${ext}`))
}

function rigResult(sign: Sign): Record<string, unknown> {
  return {
    rigged_character_glb_url: sign('Character_output.glb'),
    rigged_character_fbx_url: sign('Character_output.fbx'),
    basic_animations: {
      walking_glb_url: sign('Animation_Walking_withSkin.glb'),
      walking_fbx_url: sign('Animation_Walking_withSkin.fbx'),
      walking_armature_glb_url: sign('Animation_Walking_armature.glb'),
      running_glb_url: sign('Animation_Running_withSkin.glb'),
      running_fbx_url: sign('Animation_Running_withSkin.fbx'),
      running_armature_glb_url: sign('Animation_Running_armature.glb')
    }
  }
}

function animationResult(task: FakeTask, sign: Sign): Record<string, unknown> {
  const result: Record<string, unknown> = {
    animation_glb_url: sign('Animation_withSkin.glb'),
    animation_fbx_url: sign('Animation_withSkin.fbx')
  }
  const post = task.body.post_process as Record<string, unknown> | undefined
  if (post?.operation_type === 'fbx2usdz') result.processed_usdz_url = sign('Animation.usdz')
  if (post?.operation_type === 'extract_armature') {
    result.processed_armature_fbx_url = sign('Animation_armature.fbx')
  }
  if (post?.operation_type === 'change_fps') {
    result.processed_animation_fps_fbx_url = sign(`Animation_${Number(post.fps ?? 30)}fps.fbx`)
  }
  return result
}
