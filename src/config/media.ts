// Turns one `image`/`model` value into what Meshy accepts: an https URL, or a data URI (given,
// or built from a workspace file). Everything is checked here so a bad file never costs a
// paid request: location, existence, size, and the real type by magic bytes.
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import {
  isBinaryStl,
  isImage,
  isModel,
  MIME_TYPES,
  sniff,
  type SniffedType
} from '../assets/sniff.js'
import { PathEscapeError, resolveInWorkspace, workspaceRelative } from '../assets/paths.js'
import { ConfigurationError } from '../core/errors.js'
import type { MediaInput } from './types.js'
import { IMAGE_MAX_BYTES, MODEL_MAX_BYTES } from './limits.js'

export type MediaKind = 'image' | 'model'

export interface MediaContext {
  workspace: string
  /** Where relative paths resolve (the workspace, or a manifest's folder). */
  baseDir: string
  /** The input name used in errors. */
  input: string
  /** The value comes from a manifest, so relative paths are from the manifest's folder. */
  fromManifest?: boolean
}

const RULES: Record<MediaKind, { max: number; ok: (t: SniffedType) => boolean; what: string }> = {
  image: { max: IMAGE_MAX_BYTES, ok: isImage, what: 'a PNG, JPEG or WebP image' },
  model: { max: MODEL_MAX_BYTES, ok: isModel, what: 'a GLB, glTF, OBJ, FBX or STL model' }
}

const ACCEPTS =
  'Use an https URL, a data URI (data:<mime>;base64,...), or a path to a file in the workspace.'

export function resolveMedia(raw: string, kind: MediaKind, ctx: MediaContext): MediaInput {
  const value = raw.trim()
  if (kind === 'image' && /,\s*(https?:\/\/|data:)/i.test(value)) {
    throw new ConfigurationError(
      ctx.input,
      `'${shortValue(value)}' holds several values separated by commas. ${ONE_PER_LINE}`
    )
  }
  if (/^data:/i.test(value)) return { value: checkDataUri(value, kind, ctx.input) }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return { value: checkUrl(value, ctx.input) }
  return readMediaFile(value, kind, ctx)
}

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h)
}

function checkUrl(value: string, input: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigurationError(input, `'${value}' is not a valid URL. ${ACCEPTS}`)
  }
  const httpOk = url.protocol === 'http:' && isLoopback(url.hostname)
  if (url.protocol !== 'https:' && !httpOk) {
    throw new ConfigurationError(
      input,
      `'${url.protocol}' URLs are not accepted (http only for loopback hosts). ${ACCEPTS}`
    )
  }
  return value
}

function decodedSize(payload: string): number {
  const pad = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0
  return (payload.length / 4) * 3 - pad
}

function checkDataUri(value: string, kind: MediaKind, input: string): string {
  const match = /^data:([a-z]+\/[a-z0-9.+-]+)((?:;[a-z0-9-]+=[^;,]+)*);base64,(.*)$/is.exec(value)
  if (!match) {
    throw new ConfigurationError(
      input,
      `the data URI is malformed. Use data:<mime>;base64,<payload>.`
    )
  }
  const payload = match[3].replace(/\s+/g, '')
  if (payload === '' || payload.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(payload)) {
    throw new ConfigurationError(
      input,
      `the data URI payload is not valid base64. Use data:<mime>;base64,<payload>.`
    )
  }
  const rule = RULES[kind]
  if (decodedSize(payload) > rule.max) {
    throw new ConfigurationError(
      input,
      `the data URI is larger than ${mb(rule.max)}. Use an https URL instead.`
    )
  }
  const bytes = Buffer.from(payload, 'base64')
  const type = sniffBytes(bytes, bytes.length)
  if (!rule.ok(type)) {
    throw new ConfigurationError(input, `the data URI does not hold ${rule.what} (found: ${type}).`)
  }
  return `data:${match[1]}${match[2]};base64,${payload}`
}

const MODEL_EXTENSIONS = ['glb', 'gltf', 'obj', 'fbx', 'stl']

/**
 * The model type of a checked `model` value: sniffed from a data URI's bytes (workspace files
 * arrive here as data URIs), or read from a URL path's extension. Undefined when a URL does not
 * say (Meshy then judges it).
 */
export function modelTypeOf(value: string): string | undefined {
  const data = /^data:[^,]*;base64,(.*)$/is.exec(value)
  if (data) {
    const bytes = Buffer.from(data[1], 'base64')
    return sniffBytes(bytes, bytes.length)
  }
  let path: string
  try {
    path = new URL(value).pathname.toLowerCase()
  } catch {
    return undefined
  }
  const ext = /\.([a-z0-9]+)$/.exec(path)?.[1]
  return ext && MODEL_EXTENSIONS.includes(ext) ? ext : undefined
}

function sniffBytes(head: Uint8Array, size: number): SniffedType {
  const type = sniff(head.subarray(0, 512))
  return type === 'unknown' && isBinaryStl(head, size) ? 'stl' : type
}

/** Meshy states its limits in decimal megabytes (20 MB = 20,000,000 bytes). */
function mb(bytes: number): string {
  return `${Math.floor(bytes / 1e5) / 10} MB`
}

function readMediaFile(path: string, kind: MediaKind, ctx: MediaContext): MediaInput {
  const abs = locate(path, ctx)
  const rule = RULES[kind]
  const stat = statSync(abs)
  if (!stat.isFile()) throw new ConfigurationError(ctx.input, `'${path}' is not a file. ${ACCEPTS}`)
  if (stat.size === 0)
    throw new ConfigurationError(ctx.input, `'${path}' is empty. Use ${rule.what}.`)
  if (stat.size > rule.max) {
    throw new ConfigurationError(
      ctx.input,
      `'${path}' is ${mb(stat.size)}; Meshy takes files up to ${mb(rule.max)} inline. Upload it elsewhere and use an https URL.`
    )
  }
  const bytes = readOrFail(abs, path, ctx.input)
  const type = sniffBytes(bytes, bytes.length)
  if (!rule.ok(type)) {
    throw new ConfigurationError(
      ctx.input,
      `'${path}' is not ${rule.what} (its content looks like: ${type}).`
    )
  }
  if (type === 'gltf') checkSelfContained(bytes, path, ctx.input)
  const mime = MIME_TYPES[type]
  return {
    value: `data:${mime};base64,${bytes.toString('base64')}`,
    file: {
      path: workspaceRelative(ctx.workspace, abs),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      mime
    }
  }
}

function locate(path: string, ctx: MediaContext): string {
  let abs: string
  try {
    abs = resolveInWorkspace(ctx.workspace, path, ctx.baseDir)
  } catch (err) {
    if (!(err instanceof PathEscapeError)) throw err
    throw new ConfigurationError(ctx.input, `'${path}' is outside the workspace. ${ACCEPTS}`)
  }
  try {
    statSync(abs)
  } catch {
    throw new ConfigurationError(ctx.input, notFound(path, abs, ctx))
  }
  return abs
}

const ONE_PER_LINE =
  'Give several images one per line (a YAML block such as `image: |`, or a list in a manifest), not separated by commas.'

/** Says where we looked, since "not found" alone leaves the user guessing which folder we meant. */
function notFound(path: string, abs: string, ctx: MediaContext): string {
  const tried = workspaceRelative(ctx.workspace, abs)
  let message = `'${path}' was not found: looked for ${tried} in the workspace (${ctx.workspace}).`
  if (ctx.fromManifest) {
    const folder = workspaceRelative(ctx.workspace, ctx.baseDir) || '.'
    message += ` Paths in a manifest are relative to the manifest's folder (${folder}), not to the workspace.`
  }
  if (path.includes(',')) message += ` ${ONE_PER_LINE}`
  return `${message} ${ACCEPTS}`
}

function shortValue(value: string): string {
  return value.length > 120 ? `${value.slice(0, 117)}...` : value
}

function readOrFail(abs: string, path: string, input: string): Buffer {
  try {
    return readFileSync(abs)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error'
    throw new ConfigurationError(input, `'${path}' cannot be read (${code}). ${ACCEPTS}`)
  }
}

/** A .gltf whose buffers live in side files cannot travel as one data URI. */
function checkSelfContained(bytes: Buffer, path: string, input: string): void {
  let doc: { buffers?: Array<{ uri?: string }>; images?: Array<{ uri?: string }> }
  try {
    doc = JSON.parse(bytes.toString('utf8')) as typeof doc
  } catch {
    throw new ConfigurationError(
      input,
      `'${path}' is not valid glTF JSON. Use a .glb file instead.`
    )
  }
  const external = [...(doc.buffers ?? []), ...(doc.images ?? [])].some(
    b => typeof b.uri === 'string' && !b.uri.startsWith('data:')
  )
  if (external) {
    throw new ConfigurationError(
      input,
      `'${path}' refers to side files (buffers or images), which cannot be sent. Use a .glb file instead.`
    )
  }
}
