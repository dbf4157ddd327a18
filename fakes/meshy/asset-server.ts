// The asset listener: a CDN look-alike on its own origin. No auth; signed, expiring URLs only.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { streamAsset, type AssetFactory, type UrlSigner } from './assets.js'
import type { ScaledClock } from './clock.js'
import { send } from './http-util.js'
import type { TaskStore } from './tasks.js'
import type { Fault } from './types.js'

export interface AssetContext {
  store: TaskStore
  clock: ScaledClock
  signer: UrlSigner
  files: AssetFactory
}

const ASSET_PATH = /^\/tasks\/([^/]+)\/output\/([^/]+)$/

function xmlError(res: ServerResponse, status: number, code: string, message: string): void {
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${code}</Code><Message>${message}</Message></Error>`
  send(res, status, body, 'text/xml')
}

export async function handleAsset(
  ctx: AssetContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: Record<string, string>,
  fault?: Fault
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return xmlError(res, 405, 'MethodNotAllowed', 'Method not allowed')
  }
  if (fault?.kind === 'expired') return xmlError(res, 403, 'AccessDenied', 'Access denied')
  const match = ASSET_PATH.exec(path)
  if (!match) return xmlError(res, 403, 'MissingKey', 'Missing Key-Pair-Id query parameter')
  const verdict = ctx.signer.check(path, query, ctx.clock.now())
  // CloudFront answers an expired or forged signature, and a deleted object, with 403.
  if (verdict !== 'ok' || !ctx.store.get(match[1])) {
    return xmlError(res, 403, 'AccessDenied', 'Access denied')
  }
  const body = ctx.files.body(match[2])
  if (!body) return xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.')
  res.writeHead(200, {
    'Content-Type': body.contentType,
    'Content-Length': String(body.head.length + body.zeros),
    'Cache-Control': 'private, max-age=259200'
  })
  if (req.method === 'HEAD') return void res.end()
  await streamAsset(res, body, fault?.kind === 'truncate' ? fault.bytes : Infinity)
}
