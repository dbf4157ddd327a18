// The model checks' limits (issues 24 and 25): a GLB whose accessors declare more than its bytes
// hold never reaches glTF-Validator, the validator stops at the deadline, and stats come from the
// JSON and image headers alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspectModel, inspectModelFile } from '../src/assets/model-stats.js'
import { imageSize } from '../src/assets/image-size.js'
import { fakeModels } from '../fakes/meshy/models.js'
import { png } from '../fakes/meshy/binary.js'
import { sparseBombGlb } from './harness/hostile-glb.js'
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'meshy-limits-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

test('accessors declaring 2^32-1 elements in 2 KB: refused before the validator, in moments', async () => {
  const bomb = sparseBombGlb()
  const path = file('bomb.glb', bomb)
  const started = Date.now()
  const stats = await inspectModel(path, 'out/bomb.glb', bomb.length, { validate: true })
  expect(stats.validation?.errors).toBe(1)
  expect(stats.validation?.messages[0]).toMatchObject({ code: 'ACCESSOR_TOO_LARGE' })
  expect(stats.validation?.messages[0].message).toMatch(/accessor 1 declares 4294967295 elements/)
  expect(stats.triangles).toBeUndefined() // counts from lying accessors are not reported
  const off = await inspectModel(path, 'out/bomb.glb', bomb.length, { validate: false })
  expect(off.validation).toBeUndefined()
  expect(Date.now() - started).toBeLessThan(4000)
}, 10_000)

test('an idle validator thread does not keep a finished process alive', () => {
  // A child that would hang is killed at the limit (generous: tsx starts in 1-3 s on a busy runner).
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '__tests__/validator-child.ts', dir],
    {
      timeout: 30_000,
      killSignal: 'SIGKILL',
      encoding: 'utf8'
    }
  )
  expect(child.signal).toBeNull()
  expect(child.status).toBe(0)
  expect(child.stdout).toBe('validated: 0 error(s)\n')
}, 40_000)

test('the validator is stopped at the deadline, and the step goes on', async () => {
  const box = (await fakeModels()).box
  const path = file('box.glb', box)
  const stats = await inspectModel(path, 'out/box.glb', box.length, {
    validate: true,
    timeoutMs: 1
  })
  expect(stats.validation?.messages[0]).toMatchObject({
    code: 'VALIDATOR_TIMEOUT',
    severity: 'error'
  })
  expect(stats.triangles).toBe(12) // the stats do not need the validator
  // The stopped thread is replaced: the next model is validated as usual.
  const next = await inspectModel(path, 'out/box.glb', box.length, { validate: true })
  expect(next.validation).toMatchObject({ errors: 0, warnings: 0 })
})

test("the validator's read gives the sha256; validate off reads no more than the JSON", async () => {
  const box = (await fakeModels()).box
  const path = file('hash.glb', box)
  const on = await inspectModelFile(path, 'out/hash.glb', box.length, { validate: true })
  expect(on.sha256).toBe(createHash('sha256').update(box).digest('hex'))
  const off = await inspectModelFile(path, 'out/hash.glb', box.length, { validate: false })
  expect(off.sha256).toBeUndefined()
  expect(off.stats).toEqual({ ...on.stats, validation: undefined })
})

test('image sizes from their headers: PNG, JPEG (past an APP segment), WebP, KTX2', async () => {
  const reader = (b: Buffer) => async (at: number, n: number) => b.subarray(at, at + n)
  const size = async (b: Buffer) => {
    const found = await imageSize(reader(b), b.length)
    return found && [found.width, found.height]
  }
  expect(await size(png(300))).toEqual([300, 300])
  const app = Buffer.alloc(4 + 5000)
  app.writeUInt16BE(0xffe1, 0)
  app.writeUInt16BE(5002, 2)
  const sof = Buffer.from([0xff, 0xc0, 0, 17, 8, 0x02, 0x00, 0x04, 0x00])
  expect(await size(Buffer.concat([Buffer.from([0xff, 0xd8]), app, sof]))).toEqual([1024, 512])
  const webp = Buffer.alloc(30)
  webp.write('RIFF', 0, 'latin1')
  webp.write('WEBPVP8X', 8, 'latin1')
  webp.writeUIntLE(4095, 24, 3)
  webp.writeUIntLE(2047, 27, 3)
  expect(await size(webp)).toEqual([4096, 2048])
  const ktx = Buffer.alloc(48)
  Buffer.from([0xab, 0x4b, 0x54, 0x58, 0x20, 0x32, 0x30, 0xbb]).copy(ktx)
  ktx.writeUInt32LE(2048, 20)
  ktx.writeUInt32LE(1024, 24)
  expect(await size(ktx)).toEqual([2048, 1024])
  expect(await size(Buffer.from('not an image'))).toBeUndefined()
  expect(await size(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]))).toBeUndefined()
})
