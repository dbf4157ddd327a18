// The `params` input: extra request fields as a JSON or YAML mapping, sent as they are so new
// API fields work without a new release of the action.
import { parse } from 'yaml'
import { ConfigurationError, errorMessage } from '../core/errors.js'

const HELP = 'Use a JSON or YAML mapping, e.g. {"topology": "quad", "target_polycount": 5000}.'

export function parseParams(
  input: string,
  raw: string | Record<string, unknown> | undefined
): Record<string, unknown> {
  if (raw === undefined || raw === '') return {}
  let value: unknown = raw
  if (typeof raw === 'string') {
    try {
      value = parse(raw)
    } catch (err) {
      const why = errorMessage(err).split('\n')[0]
      throw new ConfigurationError(input, `is not valid JSON or YAML (${why}). ${HELP}`)
    }
  }
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(
      input,
      `must be a mapping of field names to values, not ${Array.isArray(value) ? 'a list' : 'a single value'}. ${HELP}`
    )
  }
  return value as Record<string, unknown>
}
