// Model quality without the network: parsing the budget inputs, measuring the fake's models
// (exact stats), judging each gate at its limit and just over it, and damaged files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspectModel } from '../src/assets/model-stats.js'
import {
  gateBreaches,
  gatedStats,
  judgeModels,
  type QualityGates
} from '../src/assets/quality-gates.js'
import { parseQuality, parseSize } from '../src/config/quality.js'
import { modelFacts } from '../src/report/model-markdown.js'
import { BOX, fakeModels } from '../fakes/meshy/models.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'meshy-quality-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function inspect(name: string, bytes: Buffer, validate = true) {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return inspectModel(path, `meshy-output/x/${name}`, bytes.length, { validate })
}

describe('inputs', () => {
  test.each([
    ['4096', 4096],
    ['25MB', 25_000_000],
    ['25 MB', 25_000_000],
    ['1.5KiB', 1536],
    ['2GiB', 2 * 1024 ** 3],
    ['10kb', 10_000],
    ['7B', 7]
  ])('max-file-size %s is %d bytes', (raw, bytes) => {
    expect(parseSize('max-file-size', raw)).toBe(bytes)
  })

  test.each(['10 XB', 'MB', '-5', '0', '1e6', 'ten'])(
    'max-file-size %s is refused, naming the input and the units',
    raw => {
      expect(() => parseSize('max-file-size', raw)).toThrow(
        /Input 'max-file-size': .*KB, MB, GB.*KiB, MiB, GiB/
      )
    }
  )

  test('validate and the whole-number budgets', () => {
    expect(parseQuality({})).toEqual({ validate: 'warn' })
    expect(
      parseQuality({ validate: 'ERROR', 'max-triangles': '30000', 'max-texture-size': 2048 })
    ).toEqual({
      validate: 'error',
      maxTriangles: 30000,
      maxTextureSize: 2048
    })
    expect(() => parseQuality({ validate: 'strict' })).toThrow(
      /Input 'validate': 'strict' .*warn, error or off/
    )
    expect(() => parseQuality({ 'max-triangles': '30k' })).toThrow(/Input 'max-triangles'/)
    expect(() => parseQuality({ 'max-texture-size': '0' })).toThrow(/Input 'max-texture-size'/)
  })
})

describe("the fake's models, measured", () => {
  test('the textured box: exact counts, texture size, bounds and a clean report', async () => {
    const stats = await inspect('model.glb', (await fakeModels()).box)
    expect(stats).toMatchObject({
      path: 'meshy-output/x/model.glb',
      triangles: BOX.triangles,
      vertices: BOX.vertices,
      meshes: 1,
      materials: 1,
      textures: 1,
      'max-texture-size': BOX.textureSize,
      bounds: { min: [-0.5, 0, -0.5], max: [0.5, 1, 0.5] },
      validation: { errors: 0, warnings: 0 }
    })
    expect(modelFacts(stats)).toBe(
      `${stats.bytes > 1024 ? (stats.bytes / 1024).toFixed(1) : stats.bytes} KiB · 12 triangles · 24 vertices · 1 material · 1 texture (largest 256 px) · 1.00 × 1.00 × 1.00 m · ✅ valid glTF`
    )
  })

  test('the rigged variant is valid too', async () => {
    const stats = await inspect('Character_output.glb', (await fakeModels()).rigged)
    expect(stats.validation?.errors).toBe(0)
    expect(stats.triangles).toBe(BOX.triangles)
  })

  test('the invalid box: magic bytes pass, the validator reports an error with its code', async () => {
    const stats = await inspect('bad.glb', (await fakeModels()).invalid)
    expect(stats.validation?.errors).toBeGreaterThan(0)
    expect(stats.validation?.messages[0]).toMatchObject({
      severity: 'error',
      code: 'ACCESSOR_MAX_MISMATCH'
    })
    expect(modelFacts(stats)).toMatch(/❌ \d+ errors? \(ACCESSOR&#95;MAX&#95;MISMATCH/)
  })

  test('a truncated or hostile GLB is a validation error in the report, not a crash', async () => {
    const box = (await fakeModels()).box
    const truncated = await inspect('cut.glb', box.subarray(0, 300))
    expect(truncated.validation?.errors).toBeGreaterThan(0)
    const liar = Buffer.from(box)
    liar.writeUInt32LE(0x7fffffff, 12) // a JSON chunk "2 GiB long"
    const lying = await inspect('liar.glb', liar)
    expect(lying.validation?.errors).toBeGreaterThan(0)
    const garbage = await inspect('noise.glb', Buffer.from('glTF not really a model'))
    expect(garbage.validation?.errors).toBeGreaterThan(0)
  })

  test('validate: off measures without a verdict; other formats get only their size', async () => {
    const stats = await inspect('model.glb', (await fakeModels()).box, false)
    expect(stats.validation).toBeUndefined()
    expect(stats.triangles).toBe(BOX.triangles)
    expect(await inspect('model.fbx', Buffer.from('Kaydara FBX Binary  \0'))).toEqual({
      path: 'meshy-output/x/model.fbx',
      bytes: 21
    })
  })
})

describe('gates', () => {
  const stats = {
    path: 'meshy-output/chair/model.glb',
    bytes: 5_000_000,
    triangles: 48_210,
    'max-texture-size': 2048,
    errors: 0
  }
  const gates = (g: Partial<QualityGates>): QualityGates => ({ validate: 'warn', ...g })

  test.each([
    [{ maxTriangles: 48_210 }, []],
    [{ maxTriangles: 48_209 }, ['model.glb: 48,210 triangles is over max-triangles 48,209']],
    [{ maxFileSize: 5_000_000 }, []],
    [{ maxFileSize: 4_999_999 }, ['model.glb: 5,000,000 bytes is over max-file-size 4,999,999']],
    [{ maxTextureSize: 2048 }, []],
    [{ maxTextureSize: 2047 }, ['model.glb: 2,048 px texture is over max-texture-size 2,047']]
  ])('%o: at the limit passes, one over fails', (limits, expected) => {
    expect(gateBreaches(stats, gates(limits))).toEqual(expected)
  })

  test('validator errors fail only with validate: error; warn makes annotations', () => {
    const invalid = { ...stats, errors: 2 }
    expect(gateBreaches(invalid, gates({}))).toEqual([])
    expect(gateBreaches(invalid, gates({ validate: 'error' }))).toEqual([
      'model.glb: glTF-Validator found 2 errors (validate: error)'
    ])
    const model = {
      path: 'm/model.glb',
      bytes: 1,
      validation: {
        errors: 1,
        warnings: 1,
        infos: 0,
        hints: 0,
        messages: [
          {
            code: 'ACCESSOR_MAX_MISMATCH',
            severity: 'error' as const,
            pointer: '/accessors/0/max',
            message: 'bad max'
          },
          { code: 'UNUSED_OBJECT', severity: 'warning' as const, pointer: '/x', message: 'unused' }
        ]
      }
    }
    expect(judgeModels([model], gates({})).notes).toEqual([
      'model.glb: glTF-Validator error ACCESSOR_MAX_MISMATCH at /accessors/0/max: bad max',
      'model.glb: glTF-Validator warning UNUSED_OBJECT at /x: unused'
    ])
    expect(judgeModels([model], gates({ validate: 'off' })).notes).toEqual([])
    expect(gatedStats(model)).toEqual({ path: 'm/model.glb', bytes: 1, errors: 1 })
  })
})
