// safe-write.ts (issue 12, items 2-3): every write checked just before it happens, never through
// a link, always a new temporary file renamed into place; and API names limited to [a-z0-9_-].
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  renameSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { PathEscapeError } from '../src/assets/paths.js'
import { safeDestination, SymlinkError, writeFileSafely } from '../src/assets/safe-write.js'
import { assetsOf, isProducedFileName } from '../src/tasks/catalogue.js'
import type { MeshyTask } from '../src/meshy/types.js'
import { tempWorkspace } from './batch-support.js'

let ws: string
let outside: string
beforeEach(() => {
  ws = tempWorkspace()
  outside = tempWorkspace()
})
afterEach(() => {
  rmSync(ws, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})
const conf = () => ({ workspace: ws, root: join(ws, 'out') })

test('a write lands atomically and leaves no temporary file', async () => {
  await writeFileSafely(conf(), join(ws, 'out', 'a', 'meshy-result.json'), 'one')
  await writeFileSafely(conf(), join(ws, 'out', 'a', 'meshy-result.json'), 'two')
  expect(readFileSync(join(ws, 'out', 'a', 'meshy-result.json'), 'utf8')).toBe('two')
  expect(readdirSync(join(ws, 'out', 'a'))).toEqual(['meshy-result.json'])
})

test('a path out of the root is refused, however it is spelled', async () => {
  for (const path of ['../x', 'out/../../x', join(outside, 'x'), 'elsewhere/x', 'out']) {
    await expect(writeFileSafely(conf(), path, 'x')).rejects.toBeInstanceOf(PathEscapeError)
  }
  expect(readdirSync(outside)).toEqual([])
})

test('a link anywhere on the way is refused: the root, a folder below it, the file itself', async () => {
  const victim = join(outside, 'victim.txt')
  writeFileSync(victim, 'precious')
  symlinkSync(outside, join(ws, 'out'))
  await expect(writeFileSafely(conf(), 'out/a/model.glb', 'x')).rejects.toBeInstanceOf(SymlinkError)
  rmSync(join(ws, 'out'))
  mkdirSync(join(ws, 'out'))
  symlinkSync(outside, join(ws, 'out', 'chair'))
  await expect(writeFileSafely(conf(), 'out/chair/model.glb', 'x')).rejects.toThrow(
    /'out\/chair' is a symbolic link/
  )
  symlinkSync(victim, join(ws, 'out', 'meshy-result.json'))
  await expect(writeFileSafely(conf(), 'out/meshy-result.json', 'x')).rejects.toThrow(
    /'out\/meshy-result\.json' is a symbolic link/
  )
  expect(readFileSync(victim, 'utf8')).toBe('precious')
  expect(readdirSync(outside)).toEqual(['victim.txt'])
  expect(lstatSync(join(ws, 'out', 'meshy-result.json')).isSymbolicLink()).toBe(true)
})

test('a folder this run made and checked is checked again once it is no longer that folder', async () => {
  await writeFileSafely(conf(), 'out/a/one.json', '1')
  await writeFileSafely(conf(), 'out/a/two.json', '2') // below the folder it made: allowed
  renameSync(join(ws, 'out', 'a'), join(ws, 'moved'))
  symlinkSync(outside, join(ws, 'out', 'a'))
  await expect(writeFileSafely(conf(), 'out/a/three.json', '3')).rejects.toThrow(
    /'out\/a' is a symbolic link/
  )
  rmSync(join(ws, 'out', 'a'))
  symlinkSync(join(ws, 'moved'), join(ws, 'out', 'a')) // the very folder, reached through a link
  await expect(writeFileSafely(conf(), 'out/a/four.json', '4')).rejects.toBeInstanceOf(SymlinkError)
  expect(readdirSync(outside)).toEqual([])
  expect(readdirSync(join(ws, 'moved')).sort()).toEqual(['one.json', 'two.json'])
})

test('a link above the workspace is the runner’s business, not refused', async () => {
  symlinkSync(ws, join(outside, 'ws-link'))
  const via = { workspace: join(outside, 'ws-link'), root: join(outside, 'ws-link', 'out') }
  await expect(safeDestination(via, 'out/x.glb', { createDirs: true })).resolves.toBe(
    join(outside, 'ws-link', 'out', 'x.glb')
  )
})

test('file names from API field names: only [a-z0-9_-] and a known extension', () => {
  const task: MeshyTask = {
    id: '01a07f5e-81c7-7111-86f2-f6d2f80b2093',
    status: 'SUCCEEDED',
    texture_urls: [{ base_color: 'https://a/t.png', '../../evil': 'https://a/e.png' }],
    result: {
      basic_animations: {
        walking_glb_url: 'https://a/w.glb',
        '../../../tmp/x/evil_glb_url': 'https://a/x.glb',
        Walking_glb_url: 'https://a/W.glb'
      }
    }
  }
  const names = assetsOf(task, ['glb'], ['textures', 'animations']).map(a => a.fileName)
  expect(names.filter(isProducedFileName)).toEqual(['texture-0-base_color.png', 'walking.glb'])
  // The others are still listed, so the run reports them as refused instead of dropping them.
  expect(names.filter(n => !isProducedFileName(n))).toHaveLength(3)
  for (const bad of ['../x.glb', 'a/b.glb', 'A.glb', 'x.exe', '.glb', 'x.glb/', 'x.GLB'])
    expect(isProducedFileName(bad)).toBe(false)
})
