// Output files and their signed URLs. Files are real (valid GLB/PNG, plausible others); the big
// GLB padding is streamed in 64 KiB chunks so a 1 GB model never sits in memory.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import {
  blend,
  fbx,
  jpeg,
  MTL_TEXT,
  OBJ_TEXT,
  png,
  stl,
  THREE_MF_MODEL,
  USDA_TEXT,
  webp,
  zip
} from './binary.js'
import { glbLayout } from './glb.js'
import type { FakeModels, ModelKind } from './models.js'

export interface AssetBody {
  head: Buffer
  zeros: number
  contentType: string
}

const CONTENT_TYPES: Record<string, string> = {
  glb: 'model/gltf-binary',
  fbx: 'application/octet-stream',
  obj: 'model/obj',
  mtl: 'model/mtl',
  usdz: 'model/vnd.usdz+zip',
  stl: 'model/stl',
  blend: 'application/x-blender',
  '3mf': 'model/3mf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  bvh: 'application/octet-stream'
}

/**
 * Builds small files once per server. GLBs are the textured box (rigged for rigging and
 * animation files), or with `modelBytes` set a one-triangle GLB padded to that size, streamed,
 * for download and memory measurements.
 */
export class AssetFactory {
  private readonly cache = new Map<string, Buffer>()
  private readonly glb

  constructor(
    modelBytes: number | undefined,
    private readonly models: FakeModels,
    public model: ModelKind = 'box'
  ) {
    this.glb = modelBytes === undefined ? undefined : glbLayout(modelBytes)
  }

  body(file: string): AssetBody | undefined {
    const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase()
    const contentType = CONTENT_TYPES[ext]
    if (!contentType) return undefined
    if (ext === 'glb' && this.glb)
      return { head: this.glb.head, zeros: this.glb.zeros, contentType }
    if (ext === 'glb') return { head: this.modelFor(file), zeros: 0, contentType }
    return { head: this.small(ext, file), zeros: 0, contentType }
  }

  private modelFor(file: string): Buffer {
    if (this.model !== 'box') return this.models[this.model]
    return /Character|Animation|armature/i.test(file) ? this.models.rigged : this.models.box
  }

  private small(ext: string, file: string): Buffer {
    const key = ext === 'png' ? file : ext
    let data = this.cache.get(key)
    if (!data) {
      data = buildSmall(ext, file)
      this.cache.set(key, data)
    }
    return data
  }
}

/** A one-joint motion capture file: what text-to-motion's swift mode makes. */
const BVH_TEXT =
  'HIERARCHY\nROOT Hips\n{\n  OFFSET 0 0 0\n  CHANNELS 3 Xrotation Yrotation Zrotation\n' +
  '  End Site\n  {\n    OFFSET 0 1 0\n  }\n}\nMOTION\nFrames: 1\nFrame Time: 0.033333\n0 0 0\n'

function buildSmall(ext: string, file: string): Buffer {
  switch (ext) {
    case 'png':
      return png(64, seedOf(file))
    case 'jpg':
      return jpeg()
    case 'webp':
      return webp()
    case 'fbx':
      return fbx()
    case 'obj':
      return Buffer.from(OBJ_TEXT)
    case 'mtl':
      return Buffer.from(MTL_TEXT)
    case 'stl':
      return stl()
    case 'blend':
      return blend()
    case 'usdz':
      return zip({ 'model.usda': USDA_TEXT })
    case 'bvh':
      return Buffer.from(BVH_TEXT)
    default:
      return zip({ '3D/3dmodel.model': THREE_MF_MODEL })
  }
}

function seedOf(file: string): number {
  let seed = 0
  for (const ch of file) seed = (seed * 31 + ch.charCodeAt(0)) & 0xff
  return seed
}

/** CloudFront-style signing: HMAC over path and expiry, checked by the asset listener. */
export class UrlSigner {
  private readonly secret = randomBytes(32)

  constructor(
    private readonly assetOrigin: string,
    private readonly ttlMs: number
  ) {}

  url(taskId: string, file: string, nowMs: number): string {
    const path = `/tasks/${taskId}/output/${file}`
    const expires = Math.floor((nowMs + this.ttlMs) / 1000)
    return `${this.assetOrigin}${path}?Expires=${expires}&Signature=${this.sign(path, expires)}&Key-Pair-Id=FAKEKEYPAIR`
  }

  check(path: string, query: Record<string, string>, nowMs: number): 'ok' | 'bad' | 'expired' {
    const expires = Number(query.Expires)
    if (!Number.isInteger(expires) || !query.Signature) return 'bad'
    const want = Buffer.from(this.sign(path, expires))
    const got = Buffer.from(query.Signature)
    if (want.length !== got.length || !timingSafeEqual(want, got)) return 'bad'
    return expires * 1000 < nowMs ? 'expired' : 'ok'
  }

  private sign(path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expires}`).digest('hex')
  }
}

const CHUNK = Buffer.alloc(64 * 1024)

/** Writes `body`, stopping (and destroying the socket) after `limit` bytes when given. */
export async function streamAsset(
  res: ServerResponse,
  body: AssetBody,
  limit = Infinity
): Promise<void> {
  let left = Math.min(limit, body.head.length + body.zeros)
  let zeros = body.zeros
  const write = async (chunk: Buffer): Promise<boolean> => {
    if (res.destroyed) return false
    const piece = chunk.subarray(0, Math.min(chunk.length, left))
    left -= piece.length
    if (!res.write(piece)) await drained(res)
    return left > 0
  }
  let more = left > 0 && (await write(body.head))
  while (more && zeros > 0) {
    const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, zeros))
    zeros -= chunk.length
    more = await write(chunk)
  }
  if (limit >= body.head.length + body.zeros) return void res.end()
  // Let the sent bytes reach the socket before cutting it, so the client sees exactly `limit`.
  await new Promise<void>(resolve => res.write('', () => resolve()))
  setTimeout(() => res.destroy(), 20)
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise(resolve => {
    const done = (): void => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}
