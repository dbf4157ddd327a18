// Each injected fault kind once, observed on real sockets; and the standalone CLI.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { startFakeMeshy, type FakeMeshy } from './index.js'
import { call, json, openStream } from './test-client.js'

const T3D = '/openapi/v2/text-to-3d'
const PREVIEW = { mode: 'preview', prompt: 'a cat', target_formats: ['glb'] }
let fake: FakeMeshy

beforeAll(async () => {
  fake = await startFakeMeshy({ v1: true, durationMs: 60000, modelBytes: 256 * 1024 })
})
afterAll(async () => {
  await fake.close()
})

async function create(): Promise<string> {
  return json<{ result: string }>(
    await call(`${fake.url}${T3D}`, { method: 'POST', json: PREVIEW })
  ).result
}

describe('fake Meshy faults', () => {
  it('status: answers the given status, message and Retry-After, then recovers', async () => {
    fake.inject({
      method: 'POST',
      path: T3D,
      times: 2,
      fault: { kind: 'status', status: 429, message: 'RateLimitExceeded', retryAfter: '2' }
    })
    for (let i = 0; i < 2; i++) {
      const reply = await call(`${fake.url}${T3D}`, { method: 'POST', json: PREVIEW })
      expect([reply.status, json(reply), reply.headers['retry-after']]).toEqual([
        429,
        { message: 'RateLimitExceeded' },
        '2'
      ])
    }
    expect((await call(`${fake.url}${T3D}`, { method: 'POST', json: PREVIEW })).status).toBe(202)
  })

  it('status without Retry-After, matched by a path RegExp', async () => {
    fake.inject({ path: /\/balance$/, fault: { kind: 'status', status: 503 } })
    const reply = await call(`${fake.url}/openapi/v1/balance`)
    expect(reply.status).toBe(503)
    expect(reply.headers['retry-after']).toBeUndefined()
  })

  it('reset: destroys the socket before any byte', async () => {
    fake.inject({ method: 'GET', fault: { kind: 'reset' } })
    const reply = await call(`${fake.url}/openapi/v1/balance`)
    expect(reply.status).toBe(0)
    expect(reply.how).toMatch(/ECONNRESET|socket hang up/)
  })

  it('drop-after-create: the task exists but no reply arrives', async () => {
    fake.inject({ fault: { kind: 'drop-after-create' } })
    const before = fake.tasks.size
    const reply = await call(`${fake.url}${T3D}`, { method: 'POST', json: PREVIEW })
    expect(reply.status).toBe(0)
    expect(fake.tasks.size).toBe(before + 1)
    const listed = json<Array<{ id: string }>>(await call(`${fake.url}${T3D}?page_size=1`))
    expect(fake.tasks.has(listed[0].id)).toBe(true)
    expect(fake.taskView(listed[0].id, 'v1').prompt).toBe('a cat')
  })

  it('stream-reset and stream-close: cut the SSE stream after N events', async () => {
    const id = await create()
    fake.inject({ fault: { kind: 'stream-reset', afterEvents: 1 } })
    const reset = openStream(`${fake.url}${T3D}/${id}/stream`)
    expect(await reset.done).toBe('reset')
    expect(reset.events()).toHaveLength(1)

    fake.inject({ fault: { kind: 'stream-close', afterEvents: 1 } })
    const closed = openStream(`${fake.url}${T3D}/${id}/stream`)
    expect(await closed.done).toBe('end')
    expect(closed.events()).toHaveLength(1)
    expect(closed.events()[0].data.status).not.toBe('SUCCEEDED')
  })

  it('truncate, expired and delay on the asset origin', async () => {
    const id = await create()
    fake.clock.advance(60000)
    const url = (fake.taskView(id, 'v1').model_urls as Record<string, string>).glb

    fake.inject({ fault: { kind: 'truncate', bytes: 1000 } })
    const cut = await call(url, { key: null })
    expect(cut.status).toBe(200)
    expect(Number(cut.headers['content-length'])).toBe(256 * 1024)
    expect(cut.body.length).toBe(1000)
    expect(cut.how).not.toBe('end')

    fake.inject({ fault: { kind: 'expired' } })
    expect((await call(url, { key: null })).status).toBe(403)

    fake.inject({ fault: { kind: 'delay', ms: 300 } })
    const started = Date.now()
    const slow = await call(url, { key: null })
    expect(slow.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(slow.body.length).toBe(256 * 1024)
  })

  it('truncate on an API JSON reply', async () => {
    fake.inject({ path: '/openapi/v1/balance', fault: { kind: 'truncate', bytes: 5 } })
    const reply = await call(`${fake.url}/openapi/v1/balance`)
    expect(reply.body.toString()).toBe('{"bal')
    expect(reply.how).not.toBe('end')
  })

  it('redirect: answers 3xx with the given Location', async () => {
    fake.inject({ fault: { kind: 'redirect', status: 302, location: '/elsewhere' } })
    const reply = await call(`${fake.url}/openapi/v1/balance`)
    expect([reply.status, reply.headers.location]).toEqual([302, '/elsewhere'])
  })

  it('records every request with origin, path, query and headers', async () => {
    fake.reset()
    await call(`${fake.url}${T3D}?page_size=3`)
    expect(fake.requests).toEqual([
      expect.objectContaining({
        origin: 'api',
        method: 'GET',
        path: T3D,
        query: { page_size: '3' },
        headers: expect.objectContaining({ authorization: expect.stringMatching(/^Bearer /) }),
        time: expect.any(Number)
      })
    ])
  })
})

describe('fake Meshy CLI', () => {
  it('prints its origins as one JSON line and stops on SIGTERM', async () => {
    // `node --import tsx` is what `npx tsx` runs, minus the npx wrapper that does not pass
    // SIGTERM on (it would leave the server orphaned).
    const child = spawn(process.execPath, ['--import', 'tsx', 'fakes/meshy/cli.ts', '--http'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_OPTIONS: '' }
    })
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve)
        child.once('exit', () => reject(new Error('cli exited early')))
      })
      const { url, assetUrl, httpUrl } = JSON.parse(line) as Record<string, string | undefined>
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(assetUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(httpUrl).toBeUndefined()
      expect(json(await call(`${url}/openapi/v2/balance`))).toMatchObject({ balance: 10000 })
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
