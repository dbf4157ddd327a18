// Issue 24 item 4: a texture decompression bomb. A model of under a megabyte can name a
// 16384×16384 image, which the render page would decode (gigabytes on a 7 GB runner). Each
// texture's size is read from its header before drawing; a model with one over 8192 px (or a
// texture whose size cannot be read) is not drawn, and its row in the summary says why.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fakeModels } from '../fakes/meshy/models.js'
import { config, singleRun, workspace } from '../fakes/results/run-fixture.js'
import { systemClock } from '../src/core/clock.js'
import { memoryLogger } from '../src/core/log.js'
import { bytesReader, imageSize as sizeFrom } from '../src/assets/image-size.js'
import { renderModels, sheetPath } from '../src/render/render-models.js'
import { SheetSession } from '../src/render/sheet-session.js'
import { textureRefusal } from '../src/render/texture-check.js'
import { renderSummary } from '../src/report/summary.js'
import type { DownloadedFile } from '../src/core/result.js'
import { BROWSER, withBrowser } from './harness/browser.js'
import { glbWithTexture, jpegClaiming, pngClaiming, webpClaiming } from './harness/texture-bomb.js'
import { tempDir } from './harness/temp-dirs.js'

function model(bytes: Buffer, name = 'model.glb'): string {
  const path = join(tempDir('textures'), name)
  writeFileSync(path, bytes)
  return path
}

const imageSize = (head: Buffer) => sizeFrom(bytesReader(head), head.length)

test('sizes come from PNG, JPEG (past large metadata) and WebP headers', async () => {
  expect(await imageSize(pngClaiming(16384, 512))).toEqual({
    format: 'png',
    width: 16384,
    height: 512
  })
  expect(await imageSize(jpegClaiming(9000, 7, 60_000))).toEqual({
    format: 'jpeg',
    width: 9000,
    height: 7
  })
  expect(await imageSize(webpClaiming(8193, 2))).toEqual({ format: 'webp', width: 8193, height: 2 })
  expect(await imageSize(Buffer.from('GIF89a\x00\x40\x00\x40', 'latin1'))).toBeUndefined()
})

test('a texture over 8192 px, in any format, keeps its model from being drawn', async () => {
  expect(await textureRefusal(model(glbWithTexture(pngClaiming(1024, 1024))))).toBeUndefined()
  expect(await textureRefusal(model(glbWithTexture(pngClaiming(8192, 8192))))).toBeUndefined()
  expect(await textureRefusal(model(glbWithTexture(pngClaiming(16384, 16384))))).toBe(
    'texture 0 is 16384×16384 px, above the 8192 px limit'
  )
  const jpeg = glbWithTexture(jpegClaiming(100, 9000, 60_000), 'image/jpeg')
  expect(await textureRefusal(model(jpeg))).toMatch(/texture 0 is 100×9000 px/)
  const webp = glbWithTexture(webpClaiming(12000, 12000), 'image/webp')
  expect(await textureRefusal(model(webp))).toMatch(/texture 0 is 12000×12000 px/)
  const gif = glbWithTexture(Buffer.from('GIF89a\x00\x40\x00\x40', 'latin1'), 'image/gif')
  expect(await textureRefusal(model(gif))).toMatch(/not a PNG, JPEG or WebP image/)
})

/** The same GLB with its BIN chunk before its JSON chunk (three.js reads either order). */
function binFirst(glb: Buffer): Buffer {
  const jsonEnd = 20 + glb.readUInt32LE(12)
  return Buffer.concat([glb.subarray(0, 12), glb.subarray(jsonEnd), glb.subarray(12, jsonEnd)])
}

test('chunks in any order are read as the page reads them; unreadable JSON draws nothing anyway', async () => {
  const bomb = binFirst(glbWithTexture(pngClaiming(16384, 16384)))
  expect(await textureRefusal(model(bomb))).toMatch(/texture 0 is 16384×16384 px/)
  const damaged = glbWithTexture(pngClaiming(16384, 16384))
  damaged.fill(0x23, 20, 30)
  expect(await textureRefusal(model(damaged))).toBeUndefined()
})

test("a .gltf's texture files and data URIs are measured; files the page may not load are not", async () => {
  const dir = tempDir('textures-gltf')
  const outside = tempDir('textures-outside')
  writeFileSync(join(dir, 'big.png'), pngClaiming(20000, 10))
  writeFileSync(join(outside, 'big.png'), pngClaiming(20000, 10))
  mkdirSync(join(dir, 'sub'))
  symlinkSync(outside, join(dir, 'lnk'))
  const gltf = (images: unknown[]) => {
    const path = join(dir, 'model.gltf')
    writeFileSync(path, JSON.stringify({ asset: { version: '2.0' }, images }))
    return textureRefusal(path)
  }
  expect(await gltf([{ uri: 'big.png' }])).toMatch(/texture 0 is 20000×10 px/)
  expect(await gltf([{ uri: 'sub/../big.png' }])).toMatch(/texture 0 is 20000×10 px/)
  const data = `data:image/png;base64,${pngClaiming(9000, 9000).toString('base64')}`
  expect(await gltf([{ uri: data }])).toMatch(/texture 0 is 9000×9000 px/)
  // Out of the model server's reach: the page cannot load these, so they cost nothing.
  expect(
    await gltf([{ uri: 'lnk/big.png' }, { uri: '../big.png' }, { uri: 'http://x/a.png' }])
  ).toBeUndefined()
})

test('many textures within the side limit still have a total', async () => {
  const dir = tempDir('textures-many')
  writeFileSync(join(dir, 't.png'), pngClaiming(8192, 8192))
  const path = join(dir, 'model.gltf')
  const images = [{ uri: 't.png' }, { uri: 't.png' }, { uri: 't.png' }]
  writeFileSync(path, JSON.stringify({ asset: { version: '2.0' }, images }))
  expect(await textureRefusal(path)).toMatch(/textures hold over 134\.\d+ million pixels/)
})

withBrowser(
  'the bomb is not drawn, the next model is, and the summary row says why',
  async () => {
    const ws = await workspace()
    const result = await singleRun(ws)
    const [glb] = result.files
    writeFileSync(glb.absPath, glbWithTexture(pngClaiming(16384, 16384)))
    const boxPath = join(ws.outputDir, 'box', 'model.glb')
    mkdirSync(join(ws.outputDir, 'box'))
    writeFileSync(boxPath, (await fakeModels()).box)
    const box: DownloadedFile = { ...glb, path: 'meshy-output/box/model.glb', absPath: boxPath }
    const logger = memoryLogger()
    const session = new SheetSession({
      choice: { executable: BROWSER!, searched: '' },
      confine: { workspace: ws.dir, root: ws.outputDir },
      logger,
      clock: systemClock,
      deadline: Date.now() + 120_000
    })
    try {
      const sheets = await renderModels(session, [glb, box], ws.dir)
      expect(sheets.map(s => s.shows)).toEqual(['meshy-output/box/model.glb'])
    } finally {
      await session.close()
    }
    expect(existsSync(sheetPath(glb.absPath))).toBe(false)
    expect(glb.renderNote).toBe('texture 0 is 16384×16384 px, above the 8192 px limit')
    expect(logger.lines).toContainEqual(
      expect.stringMatching(/^warning.*Not rendered meshy-output\/model\.glb: texture 0 is 16384/)
    )
    const md = renderSummary({ config: config(ws), result }, {})
    expect(md).toContain(
      '<th align="left">render sheet</th><td>⚠️ not drawn: texture 0 is 16384×16384 px, above the 8192 px limit</td>'
    )
  },
  180_000
)
