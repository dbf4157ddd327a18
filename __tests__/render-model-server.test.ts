// Issue 24 item 1: the render's model server serves a model's own folder and nothing else. A pull
// request can commit a folder link beside an old model (`lnk -> /proc/self`, or `-> ../../.git`)
// and name `lnk/environ` as a buffer; checking only the last path component let the server
// stream the action's environment into the page. Every component's link is resolved now.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ModelServer } from '../src/render/model-server.js'
import { tempDir } from './harness/temp-dirs.js'

let server: ModelServer
beforeAll(async () => {
  server = new ModelServer('<html></html>')
  await server.listen()
})
afterAll(() => server.close())

/** A model folder, and a folder beside it holding a secret. */
function checkout(): { model: string; folder: string; secret: string } {
  const root = tempDir('model-server')
  const folder = join(root, 'assets', 'chair')
  const secret = join(root, 'secret')
  mkdirSync(folder, { recursive: true })
  mkdirSync(secret)
  writeFileSync(join(secret, 'key.bin'), 'the-api-key')
  writeFileSync(join(folder, 'model.gltf'), '{"asset":{"version":"2.0"}}')
  writeFileSync(join(folder, 'tex.png'), 'png bytes')
  return { model: join(folder, 'model.gltf'), folder, secret }
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url)
  return { status: res.status, body: await res.text() }
}

test('a file beside the model is served; one through a committed folder link is not', async () => {
  const { model, folder, secret } = checkout()
  symlinkSync(secret, join(folder, 'lnk'))
  symlinkSync('/proc/self', join(folder, 'self'))
  const url = server.serve(model)
  const beside = (name: string) => url.replace(/model\.gltf$/, name)
  try {
    expect(await get(url)).toEqual({ status: 200, body: '{"asset":{"version":"2.0"}}' })
    expect(await get(beside('tex.png'))).toEqual({ status: 200, body: 'png bytes' })
    for (const name of ['lnk/key.bin', 'lnk%2Fkey.bin', 'self/environ', 'self/cmdline']) {
      const got = await get(beside(name))
      expect([name, got.status]).toEqual([name, 404])
      expect(got.body).not.toContain('the-api-key')
    }
  } finally {
    server.forget(url)
  }
})

test('a link as the file itself, or an encoded .., leads nowhere else', async () => {
  const { model, folder, secret } = checkout()
  symlinkSync(join(secret, 'key.bin'), join(folder, 'key.bin'))
  const url = server.serve(model)
  try {
    expect((await get(url.replace(/model\.gltf$/, 'key.bin'))).status).toBe(404)
    expect((await get(url.replace(/model\.gltf$/, '..%2F..%2F..%2Fsecret%2Fkey.bin'))).status).toBe(
      404
    )
  } finally {
    server.forget(url)
  }
})
