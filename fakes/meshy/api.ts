// The API listener's routes: /openapi/{v}/{resource}[/{id}[/stream]] and /openapi/v1/balance.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { isResource, price, taskType, type ResourcePath } from './catalog.js'
import type { ScaledClock } from './clock.js'
import { sendJson } from './http-util.js'
import { serveStream } from './sse.js'
import type { TaskStore } from './tasks.js'
import { TEST_MODE_KEY, type CustomResource, type Fault } from './types.js'
import { validate } from './validation.js'

export interface ApiContext {
  store: TaskStore
  clock: ScaledClock
  apiKeys: string[]
  keepAliveMs: number
  queueLimit: number
  /** Hostile mode: rewrites the create reply. */
  createReply?: (reply: { result: string }) => unknown
  /** Made-up resources of tests, by path. */
  custom: Map<string, CustomResource>
}

export interface ApiRequest {
  req: IncomingMessage
  res: ServerResponse
  path: string
  query: Record<string, string>
  body: unknown
  fault?: Fault
}

const ROUTE = /^(\/openapi\/v[12]\/[a-z0-9-]+)(?:\/([^/]+)(\/stream)?)?$/
const notFound = { message: 'Task not found' }

export function handleApi(ctx: ApiContext, call: ApiRequest): void {
  const { req, res, path } = call
  const key = bearer(req.headers.authorization)
  if (!key || !(key === TEST_MODE_KEY || ctx.apiKeys.includes(key))) {
    return sendJson(res, 401, { message: 'Invalid API key' }, truncation(call.fault))
  }
  if (path === '/openapi/v1/balance' && req.method === 'GET') {
    const { balance } = ctx.store.balance()
    return sendJson(res, 200, { balance }, truncation(call.fault))
  }
  const match = ROUTE.exec(path)
  const resource = match?.[1]
  const known = resource && (isResource(resource) || ctx.custom.has(resource))
  if (!match || !resource || !known) return noRoute(call)
  const [, , id, stream] = match
  if (!id && req.method === 'POST') return create(ctx, call, resource, key === TEST_MODE_KEY)
  if (!id && req.method === 'GET') return list(ctx, call, resource)
  if (id && stream && req.method === 'GET') return streamTask(ctx, call, resource, id)
  if (id && !stream && req.method === 'GET') return getTask(ctx, call, resource, id)
  if (id && !stream && req.method === 'DELETE') return deleteTask(ctx, call, resource, id)
  return noRoute(call)
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer (\S+)$/.exec(header ?? '')
  return match?.[1]
}

function truncation(fault: Fault | undefined): { truncate?: number } {
  return fault?.kind === 'truncate' ? { truncate: fault.bytes } : {}
}

function noRoute(call: ApiRequest): void {
  sendJson(call.res, 404, { message: 'NoMatchingRoute' }, truncation(call.fault))
}

/** What a create on this resource is: Meshy's own rules, or a test's made-up resource. */
function rulesOf(ctx: ApiContext, resource: string) {
  const custom = ctx.custom.get(resource)
  if (custom) {
    return {
      validate: (body: Record<string, unknown>) => {
        const message = custom.check?.(body)
        return message ? { status: 400, message } : undefined
      },
      type: () => custom.type,
      price: () => custom.price,
      result: custom.result
    }
  }
  const path = resource as ResourcePath
  return {
    validate: (body: Record<string, unknown>, lookup: Parameters<typeof validate>[2]) =>
      validate(path, body, lookup),
    type: (body: Record<string, unknown>) => taskType(path, body),
    price: (type: string, body: Record<string, unknown>) => price(type, body),
    result: undefined
  }
}

function create(ctx: ApiContext, call: ApiRequest, resource: string, testMode: boolean): void {
  const { res, body } = call
  const reply = (status: number, value: unknown): void =>
    sendJson(res, status, value, truncation(call.fault))
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return reply(400, { message: 'Invalid request body: expected a JSON object' })
  }
  const fields = body as Record<string, unknown>
  const rules = rulesOf(ctx, resource)
  const rejection = rules.validate(fields, id => {
    const task = ctx.store.get(id)
    return task && { task, status: ctx.store.state(task).status }
  })
  if (rejection) return reply(rejection.status, { message: rejection.message })
  if (ctx.store.activeCount() >= ctx.queueLimit) {
    return reply(429, { message: 'NoMoreConcurrentTasks' })
  }
  const type = rules.type(fields)
  const cost = rules.price(type, fields)
  const { balance, reserved } = ctx.store.balance()
  if (!testMode && balance - reserved < cost) return reply(402, { message: 'Insufficient credits' })
  const task = ctx.store.create({
    resource,
    type,
    body: fields,
    echo: textTo3dEcho(ctx, resource, fields),
    price: cost,
    testMode,
    result: rules.result
  })
  if (call.fault?.kind === 'drop-after-create') return void call.req.socket.destroy()
  const honest = { result: task.id }
  reply(202, ctx.createReply ? ctx.createReply(honest) : honest)
}

/** Text-to-3d repeats prompt/texture_prompt (refine inherits the preview's) but not ai_model. */
function textTo3dEcho(
  ctx: ApiContext,
  resource: string,
  body: Record<string, unknown>
): Record<string, unknown> | undefined {
  if (resource !== '/openapi/v2/text-to-3d') return undefined
  const preview = body.mode === 'refine' ? ctx.store.get(String(body.preview_task_id)) : undefined
  const echo: Record<string, unknown> = {
    mode: body.mode,
    prompt: preview?.body.prompt ?? body.prompt ?? '',
    texture_prompt: typeof body.texture_prompt === 'string' ? body.texture_prompt : ''
  }
  for (const field of ['negative_prompt', 'art_style', 'model_type', 'seed']) {
    const value = preview?.body[field] ?? body[field]
    if (value !== undefined) echo[field] = value
  }
  return echo
}

function intParam(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  return /^\d+$/.test(value) ? Number(value) : NaN
}

function list(ctx: ApiContext, call: ApiRequest, resource: string): void {
  const pageNum = intParam(call.query.page_num, 1)
  const pageSize = intParam(call.query.page_size, 10)
  const sortBy = call.query.sort_by ?? '-created_at'
  const options = truncation(call.fault)
  if (!(pageNum >= 1)) return sendJson(call.res, 400, { message: 'Invalid page_num' }, options)
  if (!(pageSize >= 1 && pageSize <= 50)) {
    return sendJson(call.res, 400, { message: 'Invalid page_size: must be 1 to 50' }, options)
  }
  // '+' in a query string decodes to a space, so a client that forgets to encode it still works.
  const sort = sortBy.replace(/^ /, '+')
  if (sort !== '+created_at' && sort !== '-created_at') {
    return sendJson(call.res, 400, { message: `Invalid sort_by: ${sortBy}` }, options)
  }
  const tasks = ctx.store.list(resource, pageNum, pageSize, sort === '+created_at')
  sendJson(
    call.res,
    200,
    tasks.map(task => ctx.store.view(task)),
    options
  )
}

function getTask(ctx: ApiContext, call: ApiRequest, resource: string, id: string): void {
  const task = ctx.store.get(id)
  if (!task || task.resource !== resource) {
    return sendJson(call.res, 404, notFound, truncation(call.fault))
  }
  sendJson(call.res, 200, ctx.store.view(task), truncation(call.fault))
}

function deleteTask(ctx: ApiContext, call: ApiRequest, resource: string, id: string): void {
  const task = ctx.store.get(id)
  // meshy-cli deletes any task type through v2/text-to-3d ("DELETE is unified"): allow that too.
  const reachable = task && (task.resource === resource || resource === '/openapi/v2/text-to-3d')
  if (!reachable) return sendJson(call.res, 404, notFound, truncation(call.fault))
  ctx.store.delete(id)
  sendJson(call.res, 200, {}, truncation(call.fault))
}

function streamTask(ctx: ApiContext, call: ApiRequest, resource: string, taskId: string): void {
  serveStream(call.res, {
    store: ctx.store,
    clock: ctx.clock,
    keepAliveMs: ctx.keepAliveMs,
    resource,
    taskId,
    fault: call.fault
  })
}
