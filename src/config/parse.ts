// Small parsers for the shapes GitHub users write into `with:` blocks. Each throws a
// ConfigurationError that names the input and says what it accepts.
import { ConfigurationError } from '../core/errors.js'
import { isTaskId } from '../meshy/task-id.js'

const TRUE_WORDS = ['true', 'yes', 'on', '1']
const FALSE_WORDS = ['false', 'no', 'off', '0']

/** true/false/yes/no/on/off/1/0 in any case; empty (or unset) gives the default. */
export function parseBoolean(
  input: string,
  raw: string | boolean | undefined,
  fallback: boolean
): boolean {
  if (typeof raw === 'boolean') return raw
  const word = (raw ?? '').trim().toLowerCase()
  if (word === '') return fallback
  if (TRUE_WORDS.includes(word)) return true
  if (FALSE_WORDS.includes(word)) return false
  throw new ConfigurationError(
    input,
    `'${raw}' is not a boolean. Use true or false (also yes/no, on/off, 1/0).`
  )
}

/** Splits on commas, whitespace and newlines; drops empties. Arrays (from manifests) pass through. */
export function parseList(raw: string | string[] | undefined): string[] {
  const parts = Array.isArray(raw) ? raw.map(String) : [raw ?? '']
  return parts.flatMap(p => p.split(/[\s,]+/)).filter(p => p !== '')
}

/** Newline-separated values (URLs and paths may contain commas and spaces). */
export function parseLines(raw: string | string[] | undefined): string[] {
  const parts = Array.isArray(raw) ? raw.map(String) : (raw ?? '').split(/\r?\n/)
  return parts.map(p => p.trim()).filter(p => p !== '')
}

/** Picks words from a fixed list, or `all` for every one; `none` (when allowed) for nothing. */
export function parseChoices<T extends string>(
  input: string,
  raw: string | string[] | undefined,
  accepted: readonly T[],
  fallback: string,
  allowNone = false
): T[] {
  let words = parseList(raw).map(w => w.toLowerCase())
  if (words.length === 0) words = parseList(fallback)
  const extra = allowNone ? ', all, or none' : ', or all'
  const help = `Use a comma separated list of ${accepted.join(', ')}${extra}.`
  if (words.includes('all') || words.includes('none')) {
    if (words.length > 1)
      throw new ConfigurationError(
        input,
        `'${words.join(',')}' mixes all/none with other values. ${help}`
      )
    if (words[0] === 'all') return [...accepted]
    if (allowNone) return []
  }
  const unknown = words.filter(w => !(accepted as readonly string[]).includes(w))
  if (unknown.length > 0)
    throw new ConfigurationError(input, `'${unknown.join(', ')}' is not accepted. ${help}`)
  return [...new Set(words)] as T[]
}

/** A positive decimal number (fractions allowed) no larger than `max`. */
export function parsePositiveNumber(
  input: string,
  raw: string,
  fallback: number,
  max: number
): number {
  const text = raw.trim()
  if (text === '') return fallback
  const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : NaN
  if (!(value > 0) || value > max) {
    throw new ConfigurationError(
      input,
      `'${raw}' is not accepted. Use a number greater than 0 and at most ${max}.`
    )
  }
  return value
}

/** A whole number in [min, max]; empty gives undefined. Numbers from manifests pass through. */
export function parseInteger(
  input: string,
  raw: string | number | undefined,
  min: number,
  max = Number.MAX_SAFE_INTEGER
): number | undefined {
  const text = String(raw ?? '').trim()
  if (text === '') return undefined
  const value = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`
    throw new ConfigurationError(input, `'${text}' is not accepted. Use a whole number ${range}.`)
  }
  return value
}

/** Meshy task ids are UUIDs (meshy/task-id.ts); anything else is a typo, a URL or a path. */
export function parseTaskId(input: string, raw: string | undefined): string {
  const id = (raw ?? '').trim()
  const shown = id.slice(0, 80)
  if (id !== '' && !isTaskId(id)) {
    throw new ConfigurationError(
      input,
      `'${shown}' is not a Meshy task id. Use the id Meshy returned, a UUID such as ` +
        `01a07f5e-81c7-7111-86f2-f6d2f80b2093.`
    )
  }
  return id
}
