// Which request fields the user's explicit inputs set, so `params` cannot set them twice.
import type { MeshyTask } from '../meshy/types.js'
import { kindOf } from './catalogue.js'
import type { TaskSpec } from './types.js'

/** Which input sets each request field the action writes itself. */
const FIELD_INPUT: Record<string, string> = {
  prompt: 'prompt',
  texture_prompt: 'texture-prompt',
  ai_model: 'ai-model',
  texture_model: 'texture-model',
  should_texture: 'refine',
  target_formats: 'formats',
  image_url: 'image',
  image_urls: 'image',
  texture_image_url: 'image',
  reference_image_urls: 'image',
  model_url: 'model',
  input_task_id: 'input-task-id',
  rig_task_id: 'input-task-id',
  action_id: 'action-id',
  resize_height: 'height',
  origin_at: 'origin'
}

/**
 * Request fields that the spec's explicit inputs set, mapped to the input's name. Defaults the
 * user did not write (ai_model of image tasks, texture_model, target_formats from the default
 * format) are left out, so `params` may still override them.
 */
export function fieldsSetByInputs(spec: TaskSpec): Record<string, string> {
  const bare: TaskSpec = { ...spec, params: {} }
  const previous: MeshyTask = { id: 'previous', status: 'SUCCEEDED' }
  const fields: Record<string, string> = {}
  for (const step of kindOf(spec.task).steps(bare)) {
    for (const key of Object.keys(step.body(previous))) {
      fields[key] = FIELD_INPUT[key] ?? (spec.inputTaskId ? 'input-task-id' : 'refine')
    }
  }
  // Retexture's style prompt is the prompt input, sent as texture_prompt.
  if (fields.texture_prompt && !kindOf(spec.task).accepts.texturePrompt)
    fields.texture_prompt = 'prompt'
  if (!spec.aiModel) delete fields.ai_model
  if (!spec.textureModel) delete fields.texture_model
  if (!spec.formatsExplicit) delete fields.target_formats
  return fields
}
