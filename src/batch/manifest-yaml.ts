// Reads a manifest's YAML/JSON into plain fields that remember their line, so every later error
// can say where to look. Shape checks only; what the values mean is checked by buildTaskSpec.
import { TASK_INPUTS } from '../config/inputs.js'
import { QUALITY_INPUTS } from '../config/quality.js'
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml'

export const ASSET_KEYS = [...TASK_INPUTS, ...QUALITY_INPUTS, 'from'] as const
export type AssetKey = (typeof ASSET_KEYS)[number]
/** Keys about the run as a whole: accepted under `defaults` only. */
export const RUN_KEYS = ['dry-run'] as const

export interface RawField {
  value: unknown
  line: number
}
export interface RawAsset {
  name: string
  line: number
  fields: Map<string, RawField>
}
export interface RawManifest {
  defaults: Map<string, RawField>
  assets: RawAsset[]
}

/** Parses the text; problems are pushed to `errors` (the caller reports them together). */
export function readManifestYaml(text: string, errors: string[]): RawManifest {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true })
  const empty: RawManifest = { defaults: new Map(), assets: [] }
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push(firstLine(e.message))
    return empty
  }
  const lineOf = (node: unknown): number =>
    isNode(node) && node.range ? lines.linePos(node.range[0]).line : 0
  const root = doc.contents
  if (!isMap(root)) {
    errors.push('the manifest must be a mapping with `assets:` (and optionally `defaults:`)')
    return empty
  }
  const out = { ...empty }
  for (const pair of root.items) {
    const key = keyOf(pair)
    if (key === 'defaults') out.defaults = readFields(pair, 'defaults', lineOf, errors)
    else if (key === 'assets') out.assets = readAssets(pair, lineOf, errors)
    else
      errors.push(
        `${key} (line ${lineOf(pair.key)}): unknown top-level key; use defaults and assets`
      )
  }
  if (out.assets.length === 0 && errors.length === 0) {
    errors.push('the manifest has no assets: add `assets:` with at least one named asset')
  }
  return out
}

type LineOf = (node: unknown) => number

function readAssets(pair: Pair, lineOf: LineOf, errors: string[]): RawAsset[] {
  if (!isMap(pair.value)) {
    errors.push(`assets (line ${lineOf(pair.key)}): must be a mapping of asset name → keys`)
    return []
  }
  return pair.value.items.map(item => {
    const name = keyOf(item)
    return {
      name,
      line: lineOf(item.key),
      fields: readFields(item, `assets.${name}`, lineOf, errors)
    }
  })
}

function readFields(
  pair: Pair,
  path: string,
  lineOf: LineOf,
  errors: string[]
): Map<string, RawField> {
  const fields = new Map<string, RawField>()
  if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) return fields
  if (!isMap(pair.value)) {
    errors.push(
      `${path} (line ${lineOf(pair.key)}): must be a mapping of keys like task and prompt`
    )
    return fields
  }
  for (const item of pair.value.items) {
    const key = keyOf(item)
    const line = lineOf(item.key)
    if ((RUN_KEYS as readonly string[]).includes(key) && path !== 'defaults') {
      errors.push(
        `${path}.${key} (line ${line}): ${key} is about the whole run; set it under defaults`
      )
      continue
    }
    if (![...ASSET_KEYS, ...RUN_KEYS].includes(key as AssetKey)) {
      errors.push(`${path}.${key} (line ${line}): unknown key. ${suggest(key)}`)
      continue
    }
    fields.set(key, { value: toJs(item.value), line })
  }
  return fields
}

function keyOf(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key)
}

function toJs(node: unknown): unknown {
  return isNode(node) ? (node as Node).toJSON() : node
}

function suggest(key: string): string {
  const dashed = key.replace(/_/g, '-')
  const hint = (ASSET_KEYS as readonly string[]).includes(dashed)
    ? `Did you mean '${dashed}'? `
    : ''
  return `${hint}Use one of: ${ASSET_KEYS.join(', ')} (request fields go under params).`
}

function firstLine(text: string): string {
  return text.split('\n')[0]
}
