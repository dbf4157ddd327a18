// Reads a manifest's YAML/JSON into plain fields that remember their line, so every later error
// can say where to look. Shape checks only; what the values mean is checked by buildTaskSpec.
// Anchors and aliases resolve to the node they name (a value, a whole asset or `defaults`), within
// one expansion budget for the file (yaml-expansion.ts); merge keys (`<<`) are refused, since the
// keys they bring in would have no line of their own.
import { TASK_INPUTS } from '../../config/inputs.js'
import { QUALITY_INPUTS } from '../../config/quality.js'
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Pair } from 'yaml'
import { Expansion, ExpansionError, expansionBudget } from './yaml-expansion.js'

export const ASSET_KEYS = [...TASK_INPUTS, ...QUALITY_INPUTS, 'render', 'from'] as const
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
  // uniqueKeys compares every key with every earlier one (quadratic: 5,000 assets took seconds);
  // readAssets and readFields find duplicates with a Set instead.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false })
  const empty: RawManifest = { defaults: new Map(), assets: [] }
  if (doc.errors.length > 0) {
    for (const e of doc.errors) errors.push(firstLine(e.message))
    return empty
  }
  const lineOf = (node: unknown): number =>
    isNode(node) && node.range ? lines.linePos(node.range[0]).line : 0
  try {
    const expansion = new Expansion(doc, expansionBudget(text.length))
    return readRoot({ expansion, lineOf, errors }, doc.contents)
  } catch (err) {
    if (!(err instanceof ExpansionError)) throw err
    errors.push(`the manifest cannot be read: ${err.message}`)
    return empty
  }
}

function readRoot(read: Reader, contents: unknown): RawManifest {
  const { errors, lineOf } = read
  const empty: RawManifest = { defaults: new Map(), assets: [] }
  const root = deref(read, contents)
  if (!isMap(root)) {
    errors.push('the manifest must be a mapping with `assets:` (and optionally `defaults:`)')
    return empty
  }
  const out = { ...empty }
  for (const pair of uniquePairs(read, root.items, '')) {
    const key = keyOf(read, pair)
    if (key === 'defaults') out.defaults = readFields(read, pair, 'defaults')
    else if (key === 'assets') out.assets = readAssets(read, pair)
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

interface Reader {
  expansion: Expansion
  lineOf: LineOf
  errors: string[]
}

/** An alias stands for the node its anchor names; anything else is itself. */
function deref(read: Reader, node: unknown): unknown {
  return read.expansion.deref(node)
}

/** The pairs of a mapping, without duplicate keys or merge keys (each reported). */
function uniquePairs(read: Reader, items: Pair[], path: string): Pair[] {
  const seen = new Set<string>()
  return items.filter(pair => {
    const key = keyOf(read, pair)
    const line = read.lineOf(pair.key)
    const at = `${path}${path ? '.' : ''}${key} (line ${line})`
    if (key === '<<') {
      read.errors.push(
        `${at}: YAML merge keys are not supported; use defaults, or an alias for a whole value`
      )
      return false
    }
    if (seen.has(key)) {
      read.errors.push(`${at}: duplicate key; each key may appear once`)
      return false
    }
    seen.add(key)
    return true
  })
}

function readAssets(read: Reader, pair: Pair): RawAsset[] {
  const value = deref(read, pair.value)
  if (!isMap(value)) {
    read.errors.push(
      `assets (line ${read.lineOf(pair.key)}): must be a mapping of asset name → keys`
    )
    return []
  }
  return uniquePairs(read, value.items, 'assets').map(item => {
    const name = keyOf(read, item)
    return {
      name,
      line: read.lineOf(item.key),
      fields: readFields(read, item, `assets.${name}`)
    }
  })
}

function readFields(read: Reader, pair: Pair, path: string): Map<string, RawField> {
  const fields = new Map<string, RawField>()
  const value = deref(read, pair.value)
  if (value === null || (isScalar(value) && value.value === null)) return fields
  if (!isMap(value)) {
    read.errors.push(
      `${path} (line ${read.lineOf(pair.key)}): must be a mapping of keys like task and prompt`
    )
    return fields
  }
  for (const item of uniquePairs(read, value.items, path)) {
    const key = keyOf(read, item)
    const line = read.lineOf(item.key)
    if ((RUN_KEYS as readonly string[]).includes(key) && path !== 'defaults') {
      read.errors.push(
        `${path}.${key} (line ${line}): ${key} is about the whole run; set it under defaults`
      )
      continue
    }
    if (![...ASSET_KEYS, ...RUN_KEYS].includes(key as AssetKey)) {
      read.errors.push(`${path}.${key} (line ${line}): unknown key. ${suggest(key)}`)
      continue
    }
    fields.set(key, { value: toJs(read, item.value), line })
  }
  return fields
}

function keyOf(read: Reader, pair: Pair): string {
  const key = deref(read, pair.key)
  return String(isScalar(key) ? key.value : key)
}

/** Plain JS, aliases expanded within the file's budget. */
function toJs(read: Reader, node: unknown): unknown {
  return read.expansion.plain(node)
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
