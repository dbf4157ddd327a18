// The render page may fetch from this run's model server only (issue 14 under issue 12's rules):
// a model names its buffers and images by URL, and a model is untrusted, so one that points at
// another server (here a local one that counts hits; on a runner, the cloud's metadata service)
// is refused without a request leaving the page, and the next model still draws.
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fakeModels } from '../fakes/meshy/models.js'
import { RenderBrowser } from '../src/render/browser.js'
import { colourCount } from './harness/png-check.js'
import { tempDir } from './harness/temp-dirs.js'
import { PNG } from 'pngjs'
import { BROWSER, withBrowser } from './harness/browser.js'

withBrowser(
  'a glTF whose buffer is on another server is refused, with no request to it',
  async () => {
    const hits: string[] = []
    const elsewhere = createServer((req, res) => {
      hits.push(req.url ?? '')
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.alloc(36))
    })
    await new Promise<void>(done => elsewhere.listen(0, '127.0.0.1', done))
    const port = (elsewhere.address() as AddressInfo).port
    const dir = tempDir('render-confine')
    const hostile = join(dir, 'hostile.gltf')
    writeFileSync(
      hostile,
      JSON.stringify({
        asset: { version: '2.0' },
        scenes: [{ nodes: [0] }],
        nodes: [{ mesh: 0 }],
        meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
        accessors: [
          {
            bufferView: 0,
            componentType: 5126,
            count: 3,
            type: 'VEC3',
            min: [0, 0, 0],
            max: [1, 1, 0]
          }
        ],
        bufferViews: [{ buffer: 0, byteLength: 36 }],
        buffers: [{ byteLength: 36, uri: `http://127.0.0.1:${port}/secret.bin` }]
      })
    )
    const box = join(dir, 'box.glb')
    writeFileSync(box, (await fakeModels()).box)
    const browser = await RenderBrowser.start({ executable: BROWSER!, startTimeoutMs: 60_000 })
    try {
      await expect(browser.sheet(hostile, 30_000)).rejects.toThrow()
      expect(hits).toEqual([])
      const png = PNG.sync.read(Buffer.from(await browser.sheet(box, 30_000)))
      expect(colourCount({ width: png.width, height: png.height, png })).toBeGreaterThan(50)
    } finally {
      await browser.close()
      elsewhere.close()
    }
  },
  180_000
)
