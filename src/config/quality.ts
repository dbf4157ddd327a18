// The model-quality inputs: glTF validation and budgets. They judge what was downloaded and never
// change what is asked of Meshy, so they are not part of a manifest asset's request hash:
// changing a limit never regenerates an asset.
import type { QualityGates, ValidateMode } from '../assets/quality-gates.js'
import { ConfigurationError } from '../core/errors.js'
import { parseBoolean, parseInteger } from './parse.js'

export const QUALITY_INPUTS = [
  'validate',
  'max-triangles',
  'max-file-size',
  'max-texture-size',
  'require-printable'
] as const
export type QualityInput = (typeof QUALITY_INPUTS)[number]
export type RawQuality = Partial<Record<QualityInput, unknown>>

const VALIDATE_MODES: readonly ValidateMode[] = ['warn', 'error', 'off']

export function parseQuality(
  raw: RawQuality,
  where: (input: string) => string = i => i
): QualityGates {
  const text = (name: QualityInput) =>
    raw[name] === undefined || raw[name] === null ? '' : String(raw[name]).trim()
  const mode = text('validate').toLowerCase() || 'warn'
  if (!(VALIDATE_MODES as readonly string[]).includes(mode)) {
    throw new ConfigurationError(
      where('validate'),
      `'${text('validate')}' is not accepted. Use warn, error or off.`
    )
  }
  return {
    validate: mode as ValidateMode,
    maxTriangles: parseInteger(where('max-triangles'), text('max-triangles'), 1),
    maxFileSize: parseSize(where('max-file-size'), text('max-file-size')),
    maxTextureSize: parseInteger(where('max-texture-size'), text('max-texture-size'), 1),
    ...(parseBoolean(where('require-printable'), text('require-printable'), false)
      ? { requirePrintable: true }
      : {})
  }
}

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
}

/** "25 MB", "1.5GiB", "4096" (bytes). Powers of 1000 for KB/MB/GB, of 1024 for KiB/MiB/GiB. */
export function parseSize(input: string, raw: string): number | undefined {
  if (raw === '') return undefined
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw)
  const factor = match ? UNITS[(match[2] || 'b').toLowerCase()] : undefined
  const bytes = match && factor ? Math.floor(Number(match[1]) * factor) : NaN
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new ConfigurationError(
      input,
      `'${raw}' is not accepted. Use a size such as 25MB or 20MiB: a number with B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB (powers of 1024); a bare number is bytes.`
    )
  }
  return bytes
}
