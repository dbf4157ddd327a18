// Reads a render sheet back for the tests: its size, whether it is more than one flat colour,
// and how much of each quadrant shows a given hue (lighting changes brightness, not hue much).
import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'

export interface Sheet {
  width: number
  height: number
  png: PNG
}

export function readSheet(path: string): Sheet {
  const png = PNG.sync.read(readFileSync(path))
  return { width: png.width, height: png.height, png }
}

/** Distinct colours, counted on a sparse grid (enough to tell a picture from a flat fill). */
export function colourCount(sheet: Sheet): number {
  const seen = new Set<number>()
  const { data, width, height } = sheet.png
  for (let y = 0; y < height; y += 7) {
    for (let x = 0; x < width; x += 7) {
      const i = (y * width + x) * 4
      seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2])
    }
  }
  return seen.size
}

export function hueOf(r: number, g: number, b: number): { hue: number; saturation: number } {
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const delta = max - min
  if (delta === 0) return { hue: 0, saturation: 0 }
  let hue: number
  if (max === r) hue = ((g - b) / delta) % 6
  else if (max === g) hue = (b - r) / delta + 2
  else hue = (r - g) / delta + 4
  return { hue: (hue * 60 + 360) % 360, saturation: delta / max }
}

/** Share of each quadrant (front, right, back, ¾ above) whose pixels are near the colour's hue. */
export function hueShareByQuadrant(
  sheet: Sheet,
  rgb: readonly [number, number, number],
  toleranceDegrees = 12
): number[] {
  const target = hueOf(...rgb)
  const { data, width, height } = sheet.png
  const half = { x: width / 2, y: height / 2 }
  const shares: number[] = []
  for (const [qx, qy] of [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1]
  ]) {
    let near = 0
    let total = 0
    for (let y = qy * half.y; y < (qy + 1) * half.y; y += 2) {
      for (let x = qx * half.x; x < (qx + 1) * half.x; x += 2) {
        const i = (y * width + x) * 4
        const { hue, saturation } = hueOf(data[i], data[i + 1], data[i + 2])
        const off = Math.min(Math.abs(hue - target.hue), 360 - Math.abs(hue - target.hue))
        if (saturation > target.saturation * 0.5 && off <= toleranceDegrees) near++
        total++
      }
    }
    shares.push(near / total)
  }
  return shares
}
