// GET /{id}/stream as Meshy sends it: full task objects as `event: message`, an event on every
// status/progress change and a keep-alive repeat, closed right after the first terminal event.
// v2's event format is not fully documented; the fake sends v2 task objects in v1's framing
// (docs/meshy-rules.md, "Task stream").

import type { ServerResponse } from 'node:http'
import type { ScaledClock } from './clock.js'
import { API_VERSION } from './http-util.js'
import type { TaskStore } from './tasks.js'
import type { Fault } from './types.js'

export interface StreamSetup {
  store: TaskStore
  clock: ScaledClock
  keepAliveMs: number
  /** v1 streams per resource: a task of another resource is not found there. */
  resource?: string
  taskId: string
  fault?: Fault
  /** Which task shape the events carry. */
  version: 'v1' | 'v2'
}

export function serveStream(res: ServerResponse, setup: StreamSetup): void {
  const { store, clock, keepAliveMs, resource, taskId, fault, version } = setup
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'x-api-version': API_VERSION
  })
  let sent = 0
  let lastKey = ''
  let lastSentAt = 0
  let cancel: (() => void) | undefined
  res.on('close', () => cancel?.())

  const cutAfter =
    fault?.kind === 'stream-reset' || fault?.kind === 'stream-close' ? fault : undefined
  const write = (event: string, data: unknown): boolean => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
    sent++
    if (cutAfter && sent >= cutAfter.afterEvents) {
      cut()
      return false
    }
    return true
  }
  const cut = (): void => {
    cancel?.()
    if (cutAfter?.kind === 'stream-close') res.end()
    else res.write('', () => setTimeout(() => res.destroy(), 10))
  }
  const notFound = (): void => {
    const error =
      version === 'v1'
        ? { status_code: 404, message: 'Task not found' }
        : { type: 'not_found', code: 'task_not_found', message: 'Task not found', doc_url: null }
    if (write('error', error)) res.end()
  }

  const tick = (): void => {
    cancel = undefined
    if (res.destroyed || res.writableEnded) return
    const task = store.get(taskId)
    if (!task || (resource !== undefined && task.resource !== resource)) return notFound()
    const now = clock.now()
    const { status, progress } = store.state(task, now)
    const key = `${status}:${progress}`
    if (key !== lastKey || now - lastSentAt >= keepAliveMs) {
      lastKey = key
      lastSentAt = now
      if (!write('message', store.view(task, version))) return
      if (!store.isActive(task, now)) return void res.end()
    }
    const next = Math.min(store.nextChange(task, now) ?? Infinity, lastSentAt + keepAliveMs)
    cancel = clock.at(next, tick)
  }

  if (cutAfter && cutAfter.afterEvents <= 0) {
    res.flushHeaders()
    return cut()
  }
  tick()
}
