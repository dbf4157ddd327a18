// The batch manifest: named assets, each with the single-task keys, plus `defaults` and `from`
// chaining. The whole manifest is validated before any request; every problem names the asset,
// the field and the line, and all problems are reported together.
import { readFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import type { QualityGates } from '../../assets/quality-gates.js'
import { parseQuality, QUALITY_INPUTS, type RawQuality } from '../../config/quality.js'
import { parseRenderMode, type RenderMode } from '../../config/render.js'
import { resolveInWorkspace, workspaceRelative } from '../../assets/paths.js'
import { buildTaskSpec, type RawTaskInputs } from '../../config/task-spec.js'
import type { BatchConfig, TaskSpec } from '../../config/types.js'
import { ConfigurationError, errorMessage, type PlacedProblem } from '../../core/errors.js'
import { isTaskType, kindOf, taskTypes } from '../../tasks/catalogue.js'
import { readManifestYaml, type RawAsset, type RawField } from './manifest-yaml.js'

export interface ManifestAsset {
  name: string
  /** Validation and budgets for its downloaded models; not part of the request hash. */
  quality: QualityGates
  /** `render` set on the asset or under defaults; absent: the `render` input decides. */
  render?: RenderMode
  /** For a chained asset, inputTaskId is FROM_PLACEHOLDER until its source has run. */
  spec: TaskSpec
  from?: string
  line: number
}

export interface Manifest {
  /** Absolute path of the manifest file. */
  path: string
  assets: ManifestAsset[]
  /** `dry-run` under defaults: plan only. */
  dryRun: boolean
}

/**
 * Stands in for the source's task id while validating and hashing a `from` asset. It has the id
 * shape (the nil UUID) so the same input-task-id check applies; Meshy never issues it.
 */
export const FROM_PLACEHOLDER = '00000000-0000-0000-0000-000000000000'

const SAFE_NAME = /^[A-Za-z0-9._-]+$/
/** Names that are properties of every plain JS object: as keys they would vanish or poison maps. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype'
])

/** Whether `name` can be an asset (and so a folder and a lockfile key). */
export function isAssetName(name: string): boolean {
  return SAFE_NAME.test(name) && name !== '.' && name !== '..' && !RESERVED_NAMES.has(name)
}

export async function loadManifest(
  config: Pick<BatchConfig, 'workspace' | 'manifest'>
): Promise<Manifest> {
  let path: string
  try {
    path = resolveInWorkspace(config.workspace, config.manifest)
  } catch (err) {
    throw new ConfigurationError(
      'manifest',
      `${errorMessage(err)}; use a path inside the workspace`
    )
  }
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new ConfigurationError('manifest', unreadable(config, path, err))
  }
  return parseManifest(text, { path, workspace: config.workspace })
}

/** A missing manifest names the path tried, relative to the workspace; other errors their code. */
function unreadable(
  config: Pick<BatchConfig, 'workspace' | 'manifest'>,
  path: string,
  err: unknown
): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ENOENT') {
    return (
      `'${config.manifest}' was not found: looked for ${workspaceRelative(config.workspace, path)} ` +
      `in the workspace (${config.workspace}). The manifest path is relative to the workspace.`
    )
  }
  return `cannot read '${config.manifest}' (${code ?? errorMessage(err)})`
}

export function parseManifest(text: string, opts: { path: string; workspace: string }): Manifest {
  const errors: string[] = []
  const raw = readManifestYaml(text, errors)
  const dryRun = runFlag(raw.defaults, 'dry-run', errors)
  checkNames(raw.assets, errors)
  const names = new Set(raw.assets.map(a => a.name))
  const assets: ManifestAsset[] = []
  for (const asset of raw.assets) {
    const built = buildAsset(asset, raw.defaults, names, opts, errors)
    if (built) assets.push(built)
  }
  checkCycles(assets, errors)
  if (errors.length > 0) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`
    const error = new ConfigurationError(
      'manifest',
      `${basename(opts.path)} has ${count}; nothing was sent:\n` +
        errors.map(e => `  - ${e}`).join('\n')
    )
    error.places = placedProblems(workspaceRelative(opts.workspace, opts.path), errors)
    throw error
  }
  return { path: opts.path, assets, dryRun }
}

/** Each problem that names its line ("assets.chair.formats (line 7): …") as a located one. */
function placedProblems(file: string, errors: string[]): PlacedProblem[] {
  return errors.flatMap(message => {
    const line = Number(/\(line (\d+)\)/.exec(message)?.[1])
    return line > 0 ? [{ file, line, message }] : []
  })
}

/** Takes a run-wide boolean out of `defaults`, so it is not merged into every asset. */
function runFlag(defaults: Map<string, RawField>, key: string, errors: string[]): boolean {
  const field = defaults.get(key)
  defaults.delete(key)
  if (field === undefined || field.value === null) return false
  if (typeof field.value === 'boolean') return field.value
  errors.push(`defaults.${key} (line ${field.line}): must be true or false`)
  return false
}

function checkNames(assets: RawAsset[], errors: string[]): void {
  const seen = new Map<string, string>()
  for (const { name, line } of assets) {
    if (RESERVED_NAMES.has(name)) {
      errors.push(`assets.${name} (line ${line}): '${name}' is reserved; choose another name`)
    } else if (!isAssetName(name)) {
      errors.push(
        `assets.${name} (line ${line}): asset names become folder names; use letters, digits, '.', '_' and '-'`
      )
    }
    const lower = name.toLowerCase()
    const other = seen.get(lower)
    if (other !== undefined) {
      errors.push(
        `assets.${name} (line ${line}): clashes with '${other}' on case-insensitive file systems`
      )
    }
    seen.set(lower, name)
  }
}

function buildAsset(
  asset: RawAsset,
  defaults: Map<string, RawField>,
  names: Set<string>,
  opts: { path: string; workspace: string },
  errors: string[]
): ManifestAsset | undefined {
  const at = (field: string) => `assets.${asset.name}.${field}`
  const fields = mergeDefaults(asset.fields, defaults)
  const where = (field: string): string => {
    const own = asset.fields.get(field)
    if (own) return `${at(field)} (line ${own.line})`
    if (field === 'input-task-id' && asset.fields.has('from')) return where('from')
    const inherited = defaults.get(field)
    if (inherited) return `${at(field)} (from defaults, line ${inherited.line})`
    return `${at(field)} (asset at line ${asset.line})`
  }
  if (defaults.has('from')) {
    errors.push(
      `defaults.from (line ${defaults.get('from')!.line}): from is per asset, not a default`
    )
    return undefined
  }
  try {
    const from = chainSource(asset, fields, names, where)
    const quality = parseQuality(takeQuality(fields, where), where)
    const render = takeRender(fields, where)
    const raw = toRawInputs(fields, where)
    if (from !== undefined) {
      checkChainable(raw.task, where)
      raw['input-task-id'] = FROM_PLACEHOLDER
    }
    const spec = buildTaskSpec(raw, {
      workspace: opts.workspace,
      baseDir: dirname(opts.path),
      where,
      fromManifest: true
    })
    return {
      name: asset.name,
      quality,
      ...(render ? { render } : {}),
      spec,
      from,
      line: asset.line
    }
  } catch (err) {
    errors.push(
      err instanceof ConfigurationError ? stripInputPrefix(err.message) : errorMessage(err)
    )
    return undefined
  }
}

/** Asset keys win over defaults; `params` mappings are merged key by key. */
/**
 * Asset keys win over defaults; `params` mappings are merged key by key. A default the asset's
 * task does not take (e.g. `refine` for rigging) is left out, so one `defaults` block can serve
 * a manifest of mixed task types; the same key set on the asset itself is still an error.
 */
function mergeDefaults(
  own: Map<string, RawField>,
  defaults: Map<string, RawField>
): Map<string, RawField> {
  const task = String((own.get('task') ?? defaults.get('task'))?.value ?? '')
  const merged = new Map([...defaults].filter(([key]) => own.has(key) || takes(task, key)))
  for (const [key, field] of own) {
    const base = defaults.get(key)
    merged.set(
      key,
      key === 'params' && isObject(base?.value) && isObject(field.value)
        ? { value: { ...base.value, ...field.value }, line: field.line }
        : field
    )
  }
  return merged
}

/** Whether `task` takes the input `key` (unknown tasks take everything: buildTaskSpec reports them). */
function takes(task: string, key: string): boolean {
  if (!isTaskType(task)) return true
  const rules = kindOf(task).accepts
  const by: Record<string, boolean> = {
    prompt: rules.prompt !== 'no',
    'texture-prompt': rules.texturePrompt,
    image: rules.images !== null,
    model: rules.model !== 'no',
    'input-task-id': rules.inputTaskId !== 'no',
    'ai-model': rules.aiModel,
    'texture-model': rules.textureModel === true,
    refine: rules.refine,
    'action-id': rules.actionId,
    height: rules.size === true,
    origin: rules.size === true
  }
  return by[key] ?? true
}

function chainSource(
  asset: RawAsset,
  fields: Map<string, RawField>,
  names: Set<string>,
  where: (field: string) => string
): string | undefined {
  const from = fields.get('from')?.value
  if (from === undefined || from === null || from === '') return undefined
  if (typeof from !== 'string')
    throw new ConfigurationError(where('from'), 'must be the name of another asset')
  if (asset.fields.has('input-task-id')) {
    throw new ConfigurationError(where('from'), 'use either from or input-task-id, not both')
  }
  if (from === asset.name)
    throw new ConfigurationError(where('from'), 'an asset cannot start from itself')
  if (!names.has(from)) {
    throw new ConfigurationError(
      where('from'),
      `there is no asset named '${from}' in this manifest`
    )
  }
  return from
}

function checkChainable(task: string | undefined, where: (field: string) => string): void {
  if (!task || !isTaskType(task)) return // buildTaskSpec reports it
  if (kindOf(task).accepts.inputTaskId === 'no') {
    const can = taskTypes().filter(t => kindOf(t).accepts.inputTaskId !== 'no')
    throw new ConfigurationError(
      where('from'),
      `${task} cannot start from another asset's result; tasks that can: ${can.join(', ')}`
    )
  }
}

/** Moves the quality keys out of the request's fields. */
function takeQuality(fields: Map<string, RawField>, where: (f: string) => string): RawQuality {
  const out: RawQuality = {}
  for (const key of QUALITY_INPUTS) {
    const field = fields.get(key)
    if (field === undefined) continue
    if (typeof field.value === 'object' && field.value !== null) {
      throw new ConfigurationError(where(key), 'must be a single value')
    }
    out[key] = field.value
    fields.delete(key)
  }
  return out
}

/** Moves `render` out of the request's fields: how a result is shown never changes the request. */
function takeRender(
  fields: Map<string, RawField>,
  where: (f: string) => string
): RenderMode | undefined {
  const field = fields.get('render')
  if (field === undefined) return undefined
  fields.delete('render')
  if (typeof field.value === 'object' && field.value !== null) {
    throw new ConfigurationError(where('render'), 'must be a single value: auto, true or false')
  }
  return parseRenderMode(where('render'), field.value)
}

const STRING_KEYS = [
  'task',
  'prompt',
  'texture-prompt',
  'model',
  'input-task-id',
  'ai-model',
  'texture-model',
  'height',
  'origin'
]
const LIST_KEYS = ['image', 'formats', 'download']

function toRawInputs(fields: Map<string, RawField>, where: (f: string) => string): RawTaskInputs {
  const raw: Record<string, unknown> = {}
  for (const [key, { value }] of fields) {
    if (key === 'from' || value === null || value === undefined) continue
    raw[key] = checkType(key, value, where)
  }
  return raw as RawTaskInputs
}

function checkType(key: string, value: unknown, where: (f: string) => string): unknown {
  const scalar = typeof value === 'string' || typeof value === 'number'
  if (STRING_KEYS.includes(key) && scalar) return String(value)
  if (LIST_KEYS.includes(key) && (scalar || isStringList(value))) {
    return Array.isArray(value) ? value.map(String) : String(value)
  }
  if (key === 'refine' && (typeof value === 'boolean' || typeof value === 'string')) return value
  if (key === 'action-id' && scalar) return value
  if (key === 'params' && (typeof value === 'string' || isObject(value))) return value
  const want: Record<string, string> = {
    refine: 'true or false',
    'action-id': 'a whole number',
    params: 'a mapping of request fields'
  }
  const expected =
    want[key] ?? (LIST_KEYS.includes(key) ? 'a string or a list of strings' : 'a string')
  throw new ConfigurationError(where(key), `must be ${expected}`)
}

function isStringList(value: unknown): value is Array<string | number> {
  return Array.isArray(value) && value.every(v => typeof v === 'string' || typeof v === 'number')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** "Input 'assets.x.prompt (line 3)': msg" reads better in a list as "assets.x.prompt (line 3): msg". */
function stripInputPrefix(message: string): string {
  return message.replace(/^Input '([^']*)': /, '$1: ')
}

/**
 * Each asset has at most one source, so the chains form a functional graph: one walk per asset
 * that stops at the first asset already seen keeps this linear in the number of assets (a walk
 * per asset along the whole chain was quadratic: 3,000 chained assets took 15 s).
 */
function checkCycles(assets: ManifestAsset[], errors: string[]): void {
  const fromOf = new Map(assets.map(a => [a.name, a.from]))
  const lineOf = new Map(assets.map(a => [a.name, a.line]))
  const walkOf = new Map<string, number>()
  assets.forEach((asset, walk) => {
    const path: string[] = []
    let next: string | undefined = asset.name
    while (next !== undefined && fromOf.has(next) && !walkOf.has(next)) {
      walkOf.set(next, walk)
      path.push(next)
      next = fromOf.get(next)
    }
    // Back at an asset of this same walk: everything from it on is a loop.
    if (next === undefined || walkOf.get(next) !== walk) return
    const loop = path.slice(path.indexOf(next))
    loop.forEach((member, i) => {
      const order = [...loop.slice(i), ...loop.slice(0, i), member]
      errors.push(
        `assets.${member}.from (asset at line ${lineOf.get(member)}): chain loops back: ${shortChain(order)}`
      )
    })
  })
}

/** A loop of thousands of assets is named by its ends, not listed in full. */
function shortChain(names: string[]): string {
  if (names.length <= 12) return names.join(' → ')
  return [...names.slice(0, 6), `… ${names.length - 12} more …`, ...names.slice(-6)].join(' → ')
}
