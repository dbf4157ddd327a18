// The fake's asset origin: signed expiring URLs, real files, streaming of big models.

import { afterEach, describe, expect, it } from '@jest/globals'
import { validateBytes } from 'gltf-validator'
import { PNG } from 'pngjs'
import { startFakeMeshy, type FakeMeshy } from './index.js'
import { call, json } from './test-client.js'

const T3D = '/openapi/v2/text-to-3d'
let fake: FakeMeshy | undefined

afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function finishedTask(
  server: FakeMeshy,
  body: Record<string, unknown>,
  path = T3D
): Promise<Record<string, unknown>> {
  const created = await call(`${server.url}${path}`, { method: 'POST', json: body })
  const id = json<{ result: string }>(created).result
  server.clock.advance(60000)
  return json(await call(`${server.url}${path}/${id}`))
}

describe('fake Meshy assets', () => {
  it('serves signed URLs on another origin without auth, and 403s forged or expired ones', async () => {
    fake = await startFakeMeshy({ v1: true, durationMs: 1000, assetTtlMs: 60000 })
    const task = await finishedTask(fake, { mode: 'preview', prompt: 'cat' })
    const glbUrl = (task.model_urls as Record<string, string>).glb
    expect(glbUrl.startsWith(`${fake.assetUrl}/tasks/${String(task.id)}/output/model.glb?`)).toBe(
      true
    )
    expect(new URL(glbUrl).searchParams.get('Key-Pair-Id')).toBe('FAKEKEYPAIR')
    expect(fake.assetUrl).not.toBe(fake.url)

    const ok = await call(glbUrl, { key: null })
    expect(ok.status).toBe(200)
    expect(ok.headers['content-type']).toBe('model/gltf-binary')
    expect(Number(ok.headers['content-length'])).toBe(ok.body.length)
    const asset = fake.requests.find(r => r.origin === 'assets')!
    expect(asset.headers.authorization).toBeUndefined()

    const forged = glbUrl.replace(
      /Signature=[0-9a-f]/,
      m => m.slice(0, -1) + (m.endsWith('0') ? '1' : '0')
    )
    expect((await call(forged, { key: null })).status).toBe(403)

    fake.clock.advance(61000)
    const expired = await call(glbUrl, { key: null })
    expect(expired.status).toBe(403)
    expect(expired.body.toString()).toContain('AccessDenied')

    const fresh = json(await call(`${fake.url}${T3D}/${String(task.id)}`))
    const freshUrl = (fresh.model_urls as Record<string, string>).glb
    expect(freshUrl).not.toBe(glbUrl)
    expect((await call(freshUrl, { key: null })).status).toBe(200)
  })

  it('serves a GLB that passes the Khronos glTF validator, and valid PNG textures', async () => {
    fake = await startFakeMeshy({ v1: true, durationMs: 1000, modelBytes: 10000 })
    const task = await finishedTask(
      fake,
      { image_url: 'https://e.com/a.png' },
      '/openapi/v1/image-to-3d'
    )
    const glb = await call((task.model_urls as Record<string, string>).glb, { key: null })
    expect(glb.body.length).toBeGreaterThan(9990)
    expect(glb.body.length).toBeLessThanOrEqual(10000)
    expect(glb.body.subarray(0, 4).toString('latin1')).toBe('glTF')
    const report = await validateBytes(new Uint8Array(glb.body))
    expect(report.issues.messages.filter(m => m.severity <= 1)).toEqual([])
    expect(report.issues.numErrors).toBe(0)

    const textures = (task.texture_urls as Array<Record<string, string>>)[0]
    const png = await call(textures.normal, { key: null })
    expect(png.headers['content-type']).toBe('image/png')
    const image = PNG.sync.read(png.body)
    expect([image.width, image.height]).toEqual([64, 64])
  })

  it('serves plausible bytes for the other formats', async () => {
    fake = await startFakeMeshy({ v1: true, durationMs: 1000 })
    const task = await finishedTask(
      fake,
      {
        model_url: 'https://e.com/a.glb',
        target_formats: ['fbx', 'obj', 'stl', 'usdz', '3mf', 'blend']
      },
      '/openapi/v1/remesh'
    )
    const urls = task.model_urls as Record<string, string>
    const head = async (format: string): Promise<Buffer> =>
      (await call(urls[format], { key: null })).body
    expect((await head('fbx')).subarray(0, 20).toString('latin1')).toBe('Kaydara FBX Binary  ')
    expect((await head('obj')).toString()).toMatch(/^# .*\nmtllib model\.mtl\n/)
    expect((await head('mtl')).toString()).toContain('newmtl')
    const stl = await head('stl')
    expect(84 + stl.readUInt32LE(80) * 50).toBe(stl.length)
    expect((await head('usdz')).subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'))
    expect((await head('3mf')).subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'))
    expect((await head('blend')).subarray(0, 7).toString()).toBe('BLENDER')
  })

  it('streams a 50 MB model without buffering it', async () => {
    const size = 50 * 1024 * 1024
    fake = await startFakeMeshy({ v1: true, durationMs: 1000, modelBytes: size })
    const task = await finishedTask(fake, {
      mode: 'preview',
      prompt: 'cat',
      target_formats: ['glb']
    })
    const https = await import('node:https')
    const before = process.memoryUsage().rss
    const received = await new Promise<number>((resolve, reject) => {
      https.get((task.model_urls as Record<string, string>).glb, res => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () => resolve(bytes))
        res.on('error', reject)
      })
    })
    expect(received).toBe(size)
    // Generous bound: a buffered 50 MB body (plus its copies) would blow well past this.
    expect(process.memoryUsage().rss - before).toBeLessThan(45 * 1024 * 1024)
  })
})
