// Reading API response bodies: bounded text, and Meshy's error shape turned into MeshyApiError.
import type { Readable } from 'node:stream'
import { ActionError, MeshyApiError } from '../errors.js'
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

/** A non-2xx reply as MeshyApiError with Meshy's `message` (or `error`), or a short excerpt. */
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
  const retryAfter = parseRetryAfter(Array.isArray(header) ? header[0] : header, nowMs)
  return new MeshyApiError(res.status, errorText(text), method, path, retryAfter)
}

function errorText(text: string): string {
  try {
    const value = JSON.parse(text) as Record<string, unknown>
    for (const key of ['message', 'error']) {
      const field = value?.[key]
      if (typeof field === 'string' && field) return field
      // Some gateways nest it: {"error": {"message": ...}}
      const nested = (field as Record<string, unknown> | undefined)?.message
      if (typeof nested === 'string' && nested) return nested
    }
  } catch {
    // not JSON: fall through to an excerpt
  }
  return excerpt(text)
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
