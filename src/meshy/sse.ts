// Reads Meshy's task stream (text/event-stream): `message` events carry the task JSON (v1's flat
// task or v2's with `output`; task-shape.ts reads both), `error` events carry v1's
// {status_code, message} or v2's error body, and may follow an HTTP 200 (docs/meshy-rules.md,
// "Task stream").
import type { Readable } from 'node:stream'
import { createParser, type EventSourceMessage } from 'eventsource-parser'
import { ActionError, MeshyApiError } from '../core/errors.js'
import { errorBody } from './response.js'
import { bodyError } from './transport.js'
import { isTerminal, type MeshyTask } from './types.js'

/** The stream closed cleanly before a terminal task arrived; a GET tells the rest. */
export class StreamEndedError extends ActionError {}

/** An event grew past MAX_EVENT_BYTES: the stream is dropped and the caller polls instead. */
export class StreamEventTooLargeError extends ActionError {}

// A task event is a few KiB. The parser buffers an unfinished line, so an endless line would
// grow the process without bound (3.3 GB before it died); past this the stream is dropped.
export const MAX_EVENT_BYTES = 1 << 20

export interface StreamReadOptions {
  onTask: (task: MeshyTask) => void
  /** Checks a task-shaped event (id, status, field types); throws to end the stream. */
  check: (value: unknown) => MeshyTask
  /** For error messages: the request path, no query string. */
  path: string
  signal?: AbortSignal
}

/** Resolves with the first terminal task; the body is always destroyed on the way out. */
export async function readTaskStream(body: Readable, opts: StreamReadOptions): Promise<MeshyTask> {
  let terminal: MeshyTask | undefined
  let failure: unknown
  let last: MeshyTask | undefined
  const onEvent = (event: EventSourceMessage): void => {
    if (terminal || failure) return
    try {
      const name = event.event ?? 'message'
      if (name === 'error') failure = streamError(event.data, opts.path)
      if (name !== 'message') return
      const value = parseEvent(event.data)
      if (value === undefined) return
      const task = opts.check(value)
      last = task
      opts.onTask(task)
      if (isTerminal(task.status)) terminal = task
    } catch (err) {
      failure = err
    }
  }
  // Bytes fed since the parser last finished an event or comment (exact to within one chunk).
  let pending = 0
  const fed = { dispatched: false }
  const parser = createParser({
    onEvent: event => {
      fed.dispatched = true
      onEvent(event)
    },
    onComment: () => void (fed.dispatched = true)
  })
  const decoder = new TextDecoder()
  try {
    // Leaving the loop must not destroy the body: after the terminal event it may still end by
    // itself, and only then does its connection go back to the pool (see release()).
    for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      fed.dispatched = false
      parser.feed(decoder.decode(chunk, { stream: true }))
      pending = fed.dispatched ? 0 : pending + chunk.length
      if (failure) throw failure
      if (pending > MAX_EVENT_BYTES) {
        throw new StreamEventTooLargeError(
          `The task stream ${opts.path} sent an event larger than ${MAX_EVENT_BYTES} bytes; dropped it`
        )
      }
      if (terminal) return terminal
    }
    // An unterminated last event still counts: Meshy may close right after writing it.
    parser.feed(decoder.decode())
    parser.reset({ consume: true })
  } catch (err) {
    if (err === failure || err instanceof StreamEventTooLargeError) throw err
    throw bodyError(err, `GET ${opts.path}`, opts.signal)
  } finally {
    // The caller has its answer now; the body ends (or is cut) in the background.
    if (terminal && !failure) void release(body)
    else body.destroy()
  }
  if (failure) throw failure
  if (terminal) return terminal
  const state = last ? ` (last status ${last.status}, ${last.progress ?? 0}%)` : ''
  throw new StreamEndedError(`The task stream ${opts.path} ended before the task finished${state}`)
}

/** How long a stream may take to end after its terminal event before it is cut. */
const END_GRACE_MS = 250

/**
 * After the terminal event Meshy closes the stream; a body that ends within END_GRACE_MS frees
 * its connection for the next request (a TLS handshake saved per task), one that does not is
 * destroyed with its connection. What arrives meanwhile is discarded.
 */
async function release(body: Readable): Promise<void> {
  if (body.readableEnded || body.destroyed) return
  await new Promise<void>(done => {
    const timer = setTimeout(() => body.destroy(), END_GRACE_MS)
    timer.unref() // a run that has finished does not wait for it
    const finish = () => {
      clearTimeout(timer)
      done()
    }
    body.once('end', finish)
    body.once('close', finish)
    body.on('error', () => undefined)
    body.resume()
  })
}

/** The event's JSON when it looks like a task (has a status); otherwise undefined. */
function parseEvent(data: string): unknown {
  try {
    const value: unknown = JSON.parse(data)
    if (value && typeof value === 'object' && 'status' in value) return value
  } catch {
    // Not JSON: ignore it like a comment; the next event or the fallback GET tells the state.
  }
  return undefined
}

/** v1 sent `{status_code, message}`; v2 may send its error body `{type, code, message, doc_url}`. */
function streamError(data: string, path: string): MeshyApiError {
  const { message, detail } = errorBody(data)
  let status = 500
  try {
    const value = JSON.parse(data) as { status_code?: unknown }
    if (typeof value.status_code === 'number') status = value.status_code
    else if (detail.code === 'not_found' || detail.type === 'not_found') status = 404
  } catch {
    // keep 500: the event said something went wrong, not what
  }
  return new MeshyApiError(status, message.slice(0, 200), 'GET', path, detail)
}
