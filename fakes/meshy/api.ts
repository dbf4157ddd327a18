// The API listener's routes. v2: creates at POST /openapi/v2/<route> (answering 202 with the
// whole task and a Location header), every read through /openapi/v2/tasks, the balance at
// /openapi/v2/balance, errors as {type, code, message, doc_url}. v1's routes (creates and reads
// per resource, and the per-type reads under /openapi/v2/text-to-3d) answer only while the `v1`
// switch is on; off, they answer as Meshy will after 15 March 2027.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { isResource, isV2Route, price, taskType, type ResourcePath } from './catalog.js'
import type { ScaledClock } from './clock.js'
import { sendJson } from './http-util.js'
import { serveStream } from './sse.js'
import type { TaskStore } from './tasks.js'
import { TEST_MODE_KEY, type CustomResource, type Fault } from './types.js'
import { validateV2 } from './v2-validation.js'
import { validate, type Rejection } from './validation.js'

export interface ApiContext {
  store: TaskStore
  clock: ScaledClock
  apiKeys: string[]
  keepAliveMs: number
  queueLimit: number
  /** Serve v1's routes (Meshy stops them on 15 March 2027). */
  v1: boolean
  /** Real ms for model retirements. */
  today: () => number
  /** A per-key credit limit: creates past it get 402 while the balance looks fine. */
  keyCreditLimit?: number
  /** Hostile mode: rewrites the create reply (v2: the task object; v1: `{result}`). */
  createReply?: (reply: Record<string, unknown>) => unknown
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

const V1_ROUTE = /^(\/openapi\/v[12]\/[a-z0-9-]+)(?:\/([^/]+)(\/stream)?)?$/
const TASK_ROUTE = /^\/openapi\/v2\/tasks(?:\/([^/]+)(\/stream)?)?$/
export const DOC_URL = 'https://docs.meshy.ai/en/api/v2/errors'

export function handleApi(ctx: ApiContext, call: ApiRequest): void {
  const { req, path } = call
  const key = bearer(req.headers.authorization)
  if (!key || !(key === TEST_MODE_KEY || ctx.apiKeys.includes(key))) {
    return v2Error(call, 401, 'unauthorized', 'invalid_api_key', 'Invalid API key')
  }
  if (path === '/openapi/v2/balance' && req.method === 'GET') return balance(ctx, call, 'v2')
  const tasks = TASK_ROUTE.exec(path)
  if (tasks) return taskRoute(ctx, call, tasks[1], tasks[2] !== undefined)
  if (req.method === 'POST' && (isV2Route(path) || isCustom(ctx, path, 'v2'))) {
    // Two-step text-to-3d (`mode`) keeps its v1-era shapes while v1 answers.
    const version = ctx.v1 && isTwoStep(path, call.body) ? 'v1' : 'v2'
    return create(ctx, call, path, key === TEST_MODE_KEY, version)
  }
  return v1Route(ctx, call, key === TEST_MODE_KEY)
}

function isTwoStep(path: string, body: unknown): boolean {
  return (
    path === '/openapi/v2/text-to-3d' && (body as { mode?: unknown } | null)?.mode !== undefined
  )
}

function isCustom(ctx: ApiContext, path: string, version: 'v1' | 'v2'): boolean {
  return ctx.custom.has(path) && path.startsWith(`/openapi/${version}/`)
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer (\S+)$/.exec(header ?? '')
  return match?.[1]
}

function truncation(fault: Fault | undefined): { truncate?: number } {
  return fault?.kind === 'truncate' ? { truncate: fault.bytes } : {}
}

/** v2's error body; `headers` carry Retry-After where Meshy sends one. */
export function v2Error(
  call: ApiRequest,
  status: number,
  type: string,
  code: string,
  message: string,
  headers: Record<string, string> = {}
): void {
  const body = { type, code, message, doc_url: status === 429 || status === 402 ? DOC_URL : null }
  sendJson(call.res, status, body, { ...truncation(call.fault), headers })
}

function rejection(call: ApiRequest, r: Rejection, version: 'v1' | 'v2'): void {
  if (version === 'v1')
    return sendJson(call.res, r.status, { message: r.message }, truncation(call.fault))
  const type = r.type ?? (r.status === 404 ? 'not_found' : 'invalid_input')
  v2Error(call, r.status, type, r.code ?? 'invalid_input', r.message)
}

function noRoute(call: ApiRequest): void {
  v2Error(
    call,
    404,
    'not_found',
    'route_not_found',
    'NoMatchingRoute: Please double check the path and method'
  )
}

function balance(ctx: ApiContext, call: ApiRequest, version: 'v1' | 'v2'): void {
  const { balance } = ctx.store.balance()
  const body =
    version === 'v1'
      ? { balance }
      : { balance, monthly_credits: balance, permanent_credits: 0, monthly_resets_at: null }
  sendJson(call.res, 200, body, truncation(call.fault))
}

// ---- v2 task routes ----

function taskRoute(ctx: ApiContext, call: ApiRequest, id: string | undefined, stream: boolean) {
  const method = call.req.method
  if (!id && method === 'GET') return listV2(ctx, call)
  if (!id) return noRoute(call)
  const task = ctx.store.get(id)
  if (stream && method === 'GET') {
    return serveStream(call.res, { ...streamSetup(ctx, call, id), version: 'v2' })
  }
  if (!task) return v2Error(call, 404, 'not_found', 'task_not_found', `Task not found: ${id}`)
  if (method === 'GET')
    return sendJson(call.res, 200, ctx.store.view(task, 'v2'), truncation(call.fault))
  if (method === 'DELETE') {
    ctx.store.delete(id)
    return sendJson(call.res, 200, {}, truncation(call.fault))
  }
  noRoute(call)
}

function listV2(ctx: ApiContext, call: ApiRequest): void {
  const page = pageOf(call)
  if (typeof page === 'string')
    return v2Error(call, 400, 'invalid_input', 'invalid_parameter', page)
  const type = call.query.type
  if (!type) return v2Error(call, 400, 'invalid_input', 'missing_parameter', 'Missing type')
  const tasks = ctx.store.list({ type }, page.num, page.size + 1, page.oldestFirst)
  sendJson(
    call.res,
    200,
    {
      data: tasks.slice(0, page.size).map(task => ctx.store.view(task, 'v2')),
      has_more: tasks.length > page.size
    },
    truncation(call.fault)
  )
}

function pageOf(call: ApiRequest): { num: number; size: number; oldestFirst: boolean } | string {
  const num = intParam(call.query.page_num, 1)
  const size = intParam(call.query.page_size, 10)
  // '+' in a query string decodes to a space, so a client that forgets to encode it still works.
  const sort = (call.query.sort_by ?? '-created_at').replace(/^ /, '+')
  if (!(num >= 1)) return 'Invalid page_num'
  if (!(size >= 1 && size <= 50)) return 'Invalid page_size: must be 1 to 50'
  if (sort !== '+created_at' && sort !== '-created_at') return `Invalid sort_by: ${sort}`
  return { num, size, oldestFirst: sort === '+created_at' }
}

function intParam(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  return /^\d+$/.test(value) ? Number(value) : NaN
}

function streamSetup(ctx: ApiContext, call: ApiRequest, taskId: string) {
  return {
    store: ctx.store,
    clock: ctx.clock,
    keepAliveMs: ctx.keepAliveMs,
    taskId,
    fault: call.fault
  }
}

// ---- creates (both versions) ----

/** What a create on this route is: Meshy's own rules, or a test's made-up resource. */
function rulesOf(ctx: ApiContext, route: string, version: 'v1' | 'v2') {
  const custom = ctx.custom.get(route)
  if (custom) {
    return {
      validate: (body: Record<string, unknown>): Rejection | undefined => {
        const message = custom.check?.(body)
        return message ? { status: 400, message } : undefined
      },
      type: () => custom.type,
      price: () => custom.price,
      result: custom.result
    }
  }
  return {
    validate: (body: Record<string, unknown>, lookup: Parameters<typeof validate>[2]) => {
      if (version === 'v1') return validate(route as ResourcePath, body, lookup)
      return validateV2(route as never, body, { lookup, today: ctx.today(), v1: ctx.v1 })
    },
    type: (body: Record<string, unknown>) => taskType(route, body),
    price: (type: string, body: Record<string, unknown>) => price(type, body),
    result: undefined
  }
}

function create(
  ctx: ApiContext,
  call: ApiRequest,
  route: string,
  testMode: boolean,
  version: 'v1' | 'v2'
): void {
  const { res, body } = call
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return rejection(
      call,
      { status: 400, message: 'Invalid request body: expected a JSON object' },
      version
    )
  }
  const fields = body as Record<string, unknown>
  const rules = rulesOf(ctx, route, version)
  const found = rules.validate(fields, id => {
    const task = ctx.store.get(id)
    return task && { task, status: ctx.store.state(task).status }
  })
  if (found) return rejection(call, found, version)
  if (ctx.store.activeCount() >= ctx.queueLimit) {
    if (version === 'v1') return sendJson(res, 429, { message: 'NoMoreConcurrentTasks' })
    const message = 'Too many tasks pending or in progress for your plan'
    return v2Error(call, 429, 'rate_limited', 'pending_task_limit_reached', message)
  }
  const type = rules.type(fields)
  const cost = rules.price(type, fields)
  const refused = testMode ? undefined : creditProblem(ctx, cost)
  if (refused) {
    if (version === 'v1') return sendJson(res, 402, { message: refused.message })
    return v2Error(call, 402, 'payment_required', refused.code, refused.message)
  }
  const task = ctx.store.create({
    resource: route,
    type,
    body: fields,
    echo: version === 'v1' ? textTo3dEcho(ctx, route, fields) : undefined,
    price: cost,
    testMode,
    result: rules.result,
    ...(analysedBefore(ctx, type, fields) ? { durationMs: 0 } : {})
  })
  if (call.fault?.kind === 'drop-after-create') return void call.req.socket.destroy()
  const honest = version === 'v1' ? { result: task.id } : ctx.store.honestOf(task, 'v2')
  const reply = ctx.createReply ? ctx.createReply(honest) : honest
  if (version === 'v1') return sendJson(res, 202, reply, truncation(call.fault))
  sendJson(res, 202, reply, {
    ...truncation(call.fault),
    headers: { Location: `/openapi/v2/tasks/${task.id}` }
  })
}

/**
 * Meshy answers an analysis of a model it has analysed before already SUCCEEDED, with its output
 * and no Retry-After (its Analyze Printability page).
 */
function analysedBefore(ctx: ApiContext, type: string, body: Record<string, unknown>): boolean {
  if (type !== 'print-analyze') return false
  const same = (a: Record<string, unknown>) =>
    a.input_task_id === body.input_task_id && a.model_url === body.model_url
  return [...ctx.store.tasks.values()].some(
    t => t.type === type && same(t.body) && ctx.store.state(t).status === 'SUCCEEDED'
  )
}

/** Out of credits, or past the key's own credit limit (which the balance does not show). */
function creditProblem(
  ctx: ApiContext,
  cost: number
): { code: string; message: string } | undefined {
  const { balance, reserved, spentByKey } = ctx.store.balance()
  if (ctx.keyCreditLimit !== undefined && spentByKey + cost > ctx.keyCreditLimit) {
    return { code: 'api_key_credit_limit_reached', message: 'API key credit limit reached' }
  }
  if (balance - reserved < cost)
    return { code: 'insufficient_credits', message: 'Insufficient credits' }
  return undefined
}

// ---- v1 (until 15 March 2027) ----

const notFound = { message: 'Task not found' }

function v1Route(ctx: ApiContext, call: ApiRequest, testMode: boolean): void {
  const { req, path } = call
  const match = V1_ROUTE.exec(path)
  const resource = match?.[1]
  const known = resource && (isResource(resource) || isCustom(ctx, resource, 'v1'))
  const balanceRoute = path === '/openapi/v1/balance' && req.method === 'GET'
  if (!balanceRoute && (!match || !resource || !known)) return noRoute(call)
  if (!ctx.v1) {
    const message = 'API v1 stopped working on March 15, 2027: use /openapi/v2/'
    return v2Error(call, 410, 'not_found', 'api_version_retired', message)
  }
  if (balanceRoute) return balance(ctx, call, 'v1')
  const [, , id, stream] = match!
  if (!id && req.method === 'POST') return create(ctx, call, resource!, testMode, 'v1')
  if (!id && req.method === 'GET') return listV1(ctx, call, resource!)
  if (id && stream && req.method === 'GET') {
    return serveStream(call.res, { ...streamSetup(ctx, call, id), resource, version: 'v1' })
  }
  if (id && !stream && req.method === 'GET') return getV1(ctx, call, resource!, id)
  if (id && !stream && req.method === 'DELETE') return deleteV1(ctx, call, resource!, id)
  noRoute(call)
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

function listV1(ctx: ApiContext, call: ApiRequest, resource: string): void {
  const page = pageOf(call)
  const options = truncation(call.fault)
  if (typeof page === 'string') return sendJson(call.res, 400, { message: page }, options)
  const tasks = ctx.store.list({ resource }, page.num, page.size, page.oldestFirst)
  sendJson(
    call.res,
    200,
    tasks.map(task => ctx.store.view(task, 'v1')),
    options
  )
}

function getV1(ctx: ApiContext, call: ApiRequest, resource: string, id: string): void {
  const task = ctx.store.get(id)
  if (!task || task.resource !== resource) {
    return sendJson(call.res, 404, notFound, truncation(call.fault))
  }
  sendJson(call.res, 200, ctx.store.view(task, 'v1'), truncation(call.fault))
}

function deleteV1(ctx: ApiContext, call: ApiRequest, resource: string, id: string): void {
  const task = ctx.store.get(id)
  // meshy-cli deletes any task type through v2/text-to-3d ("DELETE is unified"): allow that too.
  const reachable = task && (task.resource === resource || resource === '/openapi/v2/text-to-3d')
  if (!reachable) return sendJson(call.res, 404, notFound, truncation(call.fault))
  ctx.store.delete(id)
  sendJson(call.res, 200, {}, truncation(call.fault))
}
