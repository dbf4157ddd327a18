// Reading API response bodies: bounded text, and Meshy's error shape turned into MeshyApiError.
import type { Readable } from 'node:stream'
import { ActionError, MeshyApiError, type MeshyErrorDetail } from '../core/errors.js'
import { parseRetryAfter } from './retry.js'
import { bodyError, type HttpResponse } from './transport.js'

// API replies are small JSON; anything larger is not Meshy talking to us.
const MAX_API_BODY = 32 * 1024 * 1024

export async function readBodyText(
  body: Readable,
  where: string,
  limit = MAX_API_BODY
): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > limit) throw new ActionError(`${where}: reply larger than ${limit} bytes`)
      chunks.push(chunk)
    }
  } catch (err) {
    body.destroy()
    if (err instanceof ActionError) throw err
    throw bodyError(err, where)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A non-2xx reply as MeshyApiError: Meshy's message with its code, type and help link (v2 body
 * `{type, code, message, doc_url}`; v1 had `message` alone), or a short excerpt of anything else.
 */
export async function toApiError(
  res: HttpResponse,
  method: string,
  path: string,
  nowMs: number
): Promise<MeshyApiError> {
  let text = ''
  try {
    text = await readBodyText(res.body, `${method} ${path}`, 64 * 1024)
  } catch {
    // The status alone still says what happened.
  }
  const header = res.headers['retry-after']
  const retryAfterMs = parseRetryAfter(Array.isArray(header) ? header[0] : header, nowMs)
  const body = errorBody(text)
  return new MeshyApiError(res.status, body.message, method, path, { ...body.detail, retryAfterMs })
}

/** Meshy's error fields from a body (an error reply, a stream's error event, a task_error). */
export function errorBody(text: string): { message: string; detail: MeshyErrorDetail } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { message: excerpt(text), detail: {} }
  }
  const fields = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  return { message: messageOf(fields) ?? excerpt(text), detail: detailOf(fields) }
}

/** `code`, `type` and `doc_url` when they are short plain words and an https link. */
export function detailOf(fields: Record<string, unknown>): MeshyErrorDetail {
  const word = (v: unknown) =>
    typeof v === 'string' && /^[a-z0-9_.-]{1,64}$/i.test(v) ? v : undefined
  const link = fields.doc_url
  const docUrl =
    typeof link === 'string' && /^https:\/\/[^\s]{1,300}$/.test(link) ? link : undefined
  return { code: word(fields.code), type: word(fields.type), docUrl }
}

function messageOf(fields: Record<string, unknown>): string | undefined {
  for (const key of ['message', 'error']) {
    const field = fields[key]
    if (typeof field === 'string' && field) return field
    // Some gateways nest it: {"error": {"message": ...}}
    const nested = (field as Record<string, unknown> | undefined)?.message
    if (typeof nested === 'string' && nested) return nested
  }
  return undefined
}

/** A short, single-line excerpt of a non-JSON body (an HTML error page, a proxy message). */
export function excerpt(text: string, max = 160): string {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return plain.length > max ? `${plain.slice(0, max)}…` : plain
}
