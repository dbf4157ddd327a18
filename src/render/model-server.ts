// Hands models to the render page from disk: a small HTTP server on 127.0.0.1, reachable only
// under a random token, serving the page and each model's folder while that model is drawn (a
// .gltf may reference .bin and texture files beside it). Nothing outside that folder is served:
// not through `..`, and not through a link anywhere on the path (a checkout can commit a folder
// link such as `lnk -> /proc/self`, and a model naming `lnk/environ` would get the environment).
import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename, dirname, resolve, sep } from 'node:path'
import { confinedFile } from './confined-path.js'

const TYPES: Record<string, string> = {
  glb: 'model/gltf-binary',
  gltf: 'model/gltf+json',
  bin: 'application/octet-stream',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp'
}

export class ModelServer {
  private readonly token = randomBytes(16).toString('hex')
  private readonly folders = new Map<string, string>()
  private readonly server: Server
  private next = 0
  private origin = ''

  constructor(private readonly html: string) {
    this.server = createServer((req, res) => {
      this.answer(req.url ?? '/').then(
        found => {
          if (!found) {
            res.writeHead(404).end()
            return
          }
          res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' })
          if (found.text !== undefined) res.end(found.text)
          else
            createReadStream(found.file!)
              .on('error', () => res.destroy())
              .pipe(res)
        },
        () => res.writeHead(500).end()
      )
    })
  }

  async listen(): Promise<void> {
    await new Promise<void>((done, fail) => {
      this.server.once('error', fail)
      this.server.listen(0, '127.0.0.1', () => done())
    })
    const { port } = this.server.address() as AddressInfo
    this.origin = `http://127.0.0.1:${port}`
  }

  get pageUrl(): string {
    return `${this.origin}/${this.token}/`
  }

  /** The URL of a model file, valid until forget(). */
  serve(modelPath: string): string {
    const id = String(this.next++)
    this.folders.set(id, dirname(resolve(modelPath)))
    return `${this.origin}/${this.token}/m/${id}/${encodeURIComponent(basename(modelPath))}`
  }

  forget(url: string): void {
    const id = new URL(url).pathname.split('/')[3]
    if (id !== undefined) this.folders.delete(id)
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise(done => this.server.close(() => done()))
  }

  private async answer(
    url: string
  ): Promise<{ type: string; text?: string; file?: string } | undefined> {
    const parts = new URL(url, 'http://x').pathname.split('/').slice(1)
    if (parts[0] !== this.token) return undefined
    if (parts.length === 2 && parts[1] === '') {
      return { type: 'text/html; charset=utf-8', text: this.html }
    }
    const folder = parts[1] === 'm' ? this.folders.get(parts[2] ?? '') : undefined
    if (!folder) return undefined
    const rel = parts.slice(3).map(decodeURIComponent).join(sep)
    const file = await confinedFile(folder, resolve(folder, rel))
    if (!file) return undefined
    const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase()
    return { type: TYPES[ext] ?? 'application/octet-stream', file }
  }
}
