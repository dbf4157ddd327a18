// Where a glTF file keeps its parts, read with a few positioned reads instead of the whole file:
// the GLB's 12-byte header, its JSON chunk, and where its binary chunk starts. A 200 MB model is
// mostly vertex and texture bytes that stats never need (bench figure 13).
import type { FileHandle } from 'node:fs/promises'
import { errorMessage } from '../core/errors.js'

/** A glTF's JSON is a small part of any real model; past this it is refused, not read. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024

export interface GltfLayout {
  json: unknown
  /** The GLB's binary chunk (buffer 0), as a file range. Absent for .gltf and JSON-only GLBs. */
  bin?: { start: number; length: number }
}

export class LayoutError extends Error {}

export async function readLayout(fh: FileHandle, bytes: number, glb: boolean): Promise<GltfLayout> {
  if (!glb) {
    if (bytes > MAX_JSON_BYTES) throw new LayoutError(`a .gltf over ${MAX_JSON_BYTES} bytes`)
    return { json: parseJson(await readAt(fh, 0, bytes)) }
  }
  const head = await readAt(fh, 0, Math.min(bytes, 20))
  if (head.length < 20 || head.toString('latin1', 0, 4) !== 'glTF') {
    throw new LayoutError('no GLB header')
  }
  if (head.readUInt32LE(4) !== 2) throw new LayoutError(`GLB version ${head.readUInt32LE(4)}`)
  const jsonLength = head.readUInt32LE(12)
  if (head.toString('latin1', 16, 20) !== 'JSON') throw new LayoutError('no JSON chunk first')
  if (jsonLength > bytes - 20 || jsonLength > MAX_JSON_BYTES) {
    throw new LayoutError(`a JSON chunk of ${jsonLength} bytes in a file of ${bytes}`)
  }
  const json = parseJson(await readAt(fh, 20, jsonLength))
  const binHeader = 20 + jsonLength
  if (bytes - binHeader < 8) return { json }
  const chunk = await readAt(fh, binHeader, 8)
  if (chunk.toString('latin1', 4, 8) !== 'BIN\0') return { json }
  const start = binHeader + 8
  return { json, bin: { start, length: Math.min(chunk.readUInt32LE(0), bytes - start) } }
}

/** Exactly `length` bytes from `position`, fewer only at the end of the file. */
export async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await fh.read(buffer, done, length - done, position + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
  return buffer.subarray(0, done)
}

function parseJson(data: Buffer): unknown {
  try {
    return JSON.parse(data.toString('utf8'))
  } catch (err) {
    throw new LayoutError(`its JSON does not parse (${errorMessage(err)})`)
  }
}
