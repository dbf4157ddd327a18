// Issue 23, A1: the names a download can get and the names the lockfile check accepts come from
// one table. Meshy answers text-to-image with JPEG and image-to-image with WebP; a batch that
// recorded image-0.jpg must read its own lockfile on the next run.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename, join } from 'node:path'
import { readFileSync } from 'node:fs'
import { downloadFile } from '../src/assets/download.js'
import { isAssetFile } from '../src/batch/lockfile/lockfile-check.js'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { memoryLogger } from '../src/core/log.js'
import { createTransport } from '../src/meshy/transport.js'
import type { MeshyTask } from '../src/meshy/types.js'
import { IMAGE_EXTENSIONS, assetsOf, imageFileName } from '../src/tasks/results.js'
import { DOWNLOAD_KINDS, MODEL_FORMATS } from '../src/tasks/types.js'
import { jpeg, png, webp } from '../fakes/meshy/binary.js'
import { batchConfig, batchFixture, pipelineDeps, writeManifest } from './batch-support.js'
import { recordingClock } from './harness/clock.js'
import { removeTempDir, tempDir } from './harness/temp-dirs.js'

const BYTES = { png: png(), jpeg: jpeg(), webp: webp() }

/** A task with every result field the action reads, in every format. */
function everyField(): MeshyTask {
  const url = (name: string) => `https://assets.example/${name}`
  const byFormat = (prefix: string) =>
    Object.fromEntries(MODEL_FORMATS.map(f => [`${prefix}_${f}_url`, url(`${prefix}.${f}`)]))
  return {
    id: 't',
    status: 'SUCCEEDED',
    model_urls: {
      ...Object.fromEntries(MODEL_FORMATS.map(f => [f, url(`m.${f}`)])),
      mtl: url('m.mtl')
    },
    thumbnail_url: url('thumb.png'),
    texture_urls: [{ base_color: url('bc.png'), normal: url('n.png') }],
    image_urls: [url('i0'), url('i1')],
    result: {
      ...byFormat('rigged_character'),
      ...byFormat('animation'),
      ...byFormat('processed'),
      ...byFormat('processed_armature'),
      basic_animations: { ...byFormat('walking'), ...byFormat('running_armature') }
    }
  } as unknown as MeshyTask
}

test('every name a download can produce is a name the lockfile check accepts', () => {
  const refs = assetsOf(everyField(), [...MODEL_FORMATS], [...DOWNLOAD_KINDS])
  const names = refs.flatMap(ref =>
    ref.expect === 'image'
      ? (Object.keys(IMAGE_EXTENSIONS) as Array<keyof typeof IMAGE_EXTENSIONS>).map(type =>
          imageFileName(ref.fileName, type)
        )
      : [ref.fileName]
  )
  // The test covers what it claims: images in all three types, models, clips, textures.
  expect(names).toEqual(expect.arrayContaining(['image-0.jpg', 'image-1.webp', 'model.mtl']))
  expect(names.length).toBeGreaterThan(20)
  const refused = names.filter(name => !isAssetFile(`out/prop/${name}`, 'prop', 'out'))
  expect(refused).toEqual([])
})

describe('the downloader names an image after its bytes, with a name the lockfile accepts', () => {
  let server: Server
  let base: string
  let dir: string
  beforeAll(async () => {
    server = createServer((req, res) => {
      const type = (req.url ?? '').slice(1) as keyof typeof BYTES
      res.writeHead(200, { 'content-length': BYTES[type].length })
      res.end(BYTES[type])
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    dir = tempDir('names')
  })
  afterAll(async () => {
    await new Promise(done => server.close(done))
    removeTempDir(dir)
  })

  test.each(Object.keys(BYTES))('%s', async type => {
    const clock = recordingClock()
    const dest = join(dir, type, 'image-0.png')
    const got = await downloadFile(
      { url: `${base}/${type}`, dest, expect: 'image' },
      {
        transport: createTransport(),
        clock,
        deadline: clock.now() + 60_000,
        logger: memoryLogger(),
        urlPolicy: { httpHost: '127.0.0.1' }
      }
    )
    expect(isAssetFile(`out/prop/${basename(got.path)}`, 'prop', 'out')).toBe(true)
  })
})

const fx = batchFixture({ durationMs: 200, keepAliveMs: 100 })

test('a batch with text-to-image and image-to-image assets reads its own lockfile next run', async () => {
  writeManifest(
    fx.workspace,
    [
      'assets:',
      '  poster:',
      '    task: text-to-image',
      '    prompt: a wanted poster',
      '  variant:',
      '    task: image-to-image',
      '    prompt: the same poster, at night',
      '    image: https://example.com/poster.png'
    ].join('\n') + '\n'
  )
  const first = await runBatch(batchConfig(fx.workspace, fx.fake.url), pipelineDeps(fx.fake.url))
  expect(first.failed).toBe(0)
  const lock = JSON.parse(
    readFileSync(join(fx.workspace, 'assets', 'meshy-lock.json'), 'utf8')
  ) as Lockfile
  const files = Object.values(lock.assets).flatMap(a => a.files.map(f => basename(f.path)))
  expect(files).toEqual(expect.arrayContaining(['image-0.jpg', 'image-0.webp']))
  const creates = fx.fake.tasks.size
  const second = await runBatch(batchConfig(fx.workspace, fx.fake.url), pipelineDeps(fx.fake.url))
  expect(second.failed).toBe(0)
  expect(fx.fake.tasks.size).toBe(creates)
})
