// Checks of a task spec against Meshy's current rules that need more than its shape: fields the
// route refuses or does not list, and models near or past their retirement. Pure; config turns
// the answers into errors (before any request) and warnings.
import { kindOf } from './catalogue.js'
import {
  findModel,
  lifecycle,
  lifecycleSentence,
  type Lifecycle,
  type ModelRole
} from './models.js'
import type { TaskSpec } from './types.js'

/** The first params field the route refuses, with what to use instead. */
export function refusedParam(spec: TaskSpec): { field: string; why: string } | undefined {
  const refused = kindOf(spec.task).refused ?? {}
  const field = Object.keys(spec.params).find(key => Object.hasOwn(refused, key))
  return field === undefined ? undefined : { field, why: refused[field] }
}

/** Params fields the catalogue does not list for the route: Meshy may answer 400 to them. */
export function unlistedParams(spec: TaskSpec): string[] {
  const { fields, refused = {} } = kindOf(spec.task)
  return Object.keys(spec.params).filter(
    key => !fields.includes(key) && !Object.hasOwn(refused, key)
  )
}

export interface ModelNotice {
  /** The input that names the model. */
  input: 'ai-model' | 'texture-model'
  name: string
  life: Exclude<Lifecycle, { state: 'active' }>
  /** "meshy-7 is retired by Meshy on 2026-12-31; use meshy-7.1 instead" */
  sentence: string
}

/** The spec's models that are retired or retire within the notice period, as of `nowMs`. */
export function modelNotices(spec: TaskSpec, nowMs: number): ModelNotice[] {
  const kind = kindOf(spec.task)
  const named: Array<[ModelNotice['input'], ModelRole, string]> = []
  if (kind.accepts.aiModel) named.push(['ai-model', 'ai_model', modelName(spec, 'ai_model')])
  if (kind.accepts.textureModel)
    named.push(['texture-model', 'texture_model', modelName(spec, 'texture_model')])
  const notices: ModelNotice[] = []
  for (const [input, role, name] of named) {
    const life = lifecycle(findModel(role, name), nowMs)
    if (life.state !== 'active')
      notices.push({ input, name, life, sentence: lifecycleSentence(name, life) })
  }
  return notices
}

/** The model a request will name: the input, or the same field set through params. */
function modelName(spec: TaskSpec, field: ModelRole): string {
  const input = field === 'ai_model' ? spec.aiModel : spec.textureModel
  const param = spec.params[field]
  return input || (typeof param === 'string' ? param : '')
}
