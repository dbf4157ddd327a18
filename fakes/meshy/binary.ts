// Small real files built by hand: PNG, stored ZIP, binary STL, FBX/OBJ/Blend look-alikes.

import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

export function crc32(data: Buffer): number {
  let c = 0xffffffff
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A size×size RGBA gradient; `seed` varies the colour so different maps differ. */
export function png(size = 64, seed = 0): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.writeUInt8(8, 8) // bit depth
  ihdr.writeUInt8(6, 9) // RGBA
  const rows: Buffer[] = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4) // filter byte 0 = None
    for (let x = 0; x < size; x++) {
      row.writeUInt8((x * 4 + seed * 40) & 0xff, 1 + x * 4)
      row.writeUInt8((y * 4) & 0xff, 2 + x * 4)
      row.writeUInt8((seed * 90) & 0xff, 3 + x * 4)
      row.writeUInt8(255, 4 + x * 4)
    }
    rows.push(row)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0))
  ])
}

/** A ZIP with stored (uncompressed) entries: enough for usdz/3mf look-alikes. */
export function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8')
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x21, 12) // DOS date 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(entries).length, 8)
  end.writeUInt16LE(Object.keys(entries).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** Binary STL, one triangle: 80-byte header (not starting with "solid"), count, 50 bytes. */
export function stl(): Buffer {
  const out = Buffer.alloc(84 + 50)
  out.write('meshy-action fake binary STL', 0, 'latin1')
  out.writeUInt32LE(1, 80)
  const vertices = [0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0] // normal, then three vertices
  vertices.forEach((v, i) => out.writeFloatLE(v, 84 + i * 4))
  return out
}

export function fbx(): Buffer {
  const out = Buffer.alloc(27 + 13)
  out.write('Kaydara FBX Binary  \0\x1a\0', 0, 'latin1')
  out.writeUInt32LE(7400, 23)
  return out
}

export const OBJ_TEXT =
  '# meshy-action fake OBJ\nmtllib model.mtl\no Triangle\n' +
  'v 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nvt 1 0\nvt 0 1\nusemtl material_0\nf 1/1 2/2 3/3\n'

export const MTL_TEXT = 'newmtl material_0\nKd 0.8 0.8 0.8\nmap_Kd texture_0.png\n'

export function blend(): Buffer {
  return Buffer.concat([Buffer.from('BLENDER-v300', 'latin1'), Buffer.alloc(64)])
}

export const USDA_TEXT = '#usda 1.0\n(\n    defaultPrim = "Root"\n)\n\ndef Xform "Root"\n{\n}\n'

export const THREE_MF_MODEL =
  '<?xml version="1.0" encoding="UTF-8"?>\n<model unit="millimeter" ' +
  'xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02"><resources/><build/></model>\n'

/** A small baseline-JPEG look-alike: SOI, a JFIF APP0 segment, EOI. Enough for magic checks. */
export function jpeg(): Buffer {
  const app0 = Buffer.from([
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
    0x00, 0x00
  ])
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, Buffer.from([0xff, 0xd9])])
}

/** A small lossless-WebP look-alike: RIFF header, WEBP form, one VP8L chunk. */
export function webp(): Buffer {
  const chunk = Buffer.from([0x2f, 0x00, 0x00, 0x00, 0x00, 0x88, 0x88, 0x08])
  const header = Buffer.alloc(20)
  header.write('RIFF', 0, 'latin1')
  header.writeUInt32LE(12 + chunk.length, 4)
  header.write('WEBP', 8, 'latin1')
  header.write('VP8L', 12, 'latin1')
  header.writeUInt32LE(chunk.length, 16)
  return Buffer.concat([header, chunk])
}
