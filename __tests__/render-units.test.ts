// The render feature's pure parts: the `render` value in inputs and manifests (never part of an
// asset's request hash), the browser lookup order, which files get a sheet, and the stats change
// shown beside old and new.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseManifest } from '../src/batch/manifest/manifest.js'
import { requestHash } from '../src/batch/lockfile/request-hash.js'
import { parseRenderMode } from '../src/config/render.js'
import { chooseBrowser } from '../src/render/browser-choice.js'
import { modelsToRender, sheetPath } from '../src/render/render-models.js'
import { compact, statsChange } from '../src/report/sheet-markdown.js'
import type { DownloadedFile } from '../src/core/result.js'
import { tempDir } from './harness/temp-dirs.js'

test('render accepts auto, true, false (any case, YAML booleans); anything else names the choices', () => {
  expect(parseRenderMode('render', '')).toBe('auto')
  expect(parseRenderMode('render', 'TRUE')).toBe('true')
  expect(parseRenderMode('render', false)).toBe('false')
  expect(() => parseRenderMode('render', 'maybe')).toThrow(
    "Input 'render': 'maybe' is not accepted. Use auto (render when Chrome or Chromium is found), true (a missing browser fails the step) or false."
  )
})

test('render in a manifest: per asset and under defaults, and never in the request hash', () => {
  const opts = { path: '/ws/assets/meshy.yml', workspace: '/ws' }
  const chair = '  chair:\n    task: text-to-3d\n    prompt: a chair\n'
  const plain = parseManifest(`assets:\n${chair}`, opts).assets[0]
  const off = parseManifest(`defaults:\n  render: false\nassets:\n${chair}`, opts).assets[0]
  const on = parseManifest(`defaults:\n  render: false\nassets:\n${chair}    render: true\n`, opts)
  expect(plain.render).toBeUndefined()
  expect(off.render).toBe('false')
  expect(on.assets[0].render).toBe('true')
  expect(requestHash(off.spec)).toBe(requestHash(plain.spec))
  expect(() => parseManifest(`assets:\n${chair}    render: sometimes\n`, opts)).toThrow(
    /assets\.chair\.render \(line 5\): 'sometimes' is not accepted\. Use auto/
  )
})

test('the browser: chrome-path, else CHROME_PATH, else the usual names in PATH order', () => {
  const dir = tempDir('browsers')
  const exe = (name: string) => {
    const path = join(dir, name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(path, '#!/bin/sh\n')
    chmodSync(path, 0o755)
    return path
  }
  const chromium = exe('chromium')
  const chrome = exe('google-chrome')
  writeFileSync(join(dir, 'not-executable'), '')
  expect(chooseBrowser('', { PATH: dir }, '/').executable).toBe(chrome)
  expect(chooseBrowser('', { PATH: dir, CHROME_PATH: chromium }, '/').executable).toBe(chromium)
  expect(chooseBrowser(chromium, { PATH: '' }, '/').executable).toBe(chromium)
  expect(chooseBrowser('', { PATH: '/nowhere' }, '/')).toEqual({
    searched:
      'chrome-path (empty), CHROME_PATH (unset), google-chrome, google-chrome-stable, chromium, chromium-browser on PATH'
  })
  expect(() => chooseBrowser(join(dir, 'not-executable'), {}, '/')).toThrow(
    /Input 'chrome-path': '.*not-executable' is not an executable file/
  )
})

test('sheets for glTF models only, one per folder and name (GLB first), in renders/', () => {
  const file = (kind: DownloadedFile['kind'], path: string): DownloadedFile => ({
    kind,
    label: kind,
    path,
    absPath: `/ws/${path}`,
    bytes: 1,
    taskId: 't'
  })
  const chosen = modelsToRender([
    file('model', 'out/t/model.gltf'),
    file('model', 'out/t/model.glb'),
    file('model', 'out/t/model.fbx'),
    file('animation', 'out/t/walking.glb'),
    file('model', 'out/r/rigged.glb'),
    file('thumbnail', 'out/t/thumbnail.png')
  ])
  expect(chosen.map(f => f.path)).toEqual(['out/t/model.glb', 'out/r/rigged.glb'])
  expect(sheetPath('/ws/out/t/model.glb')).toBe('/ws/out/t/renders/model.png')
  expect(sheetPath('/ws/out/t/model.glb', '.previous')).toBe('/ws/out/t/renders/model.previous.png')
})

test('the stats change reads at a glance', () => {
  expect(compact(12)).toBe('12')
  expect(compact(12_100)).toBe('12.1k')
  expect(compact(29_800)).toBe('29.8k')
  expect(compact(3_400_000)).toBe('3.4M')
  const before = { path: 'a.glb', bytes: 3_300, triangles: 12_100, vertices: 24 }
  const after = { path: 'a.glb', bytes: 6_400, triangles: 29_800, vertices: 24 }
  expect(statsChange(before, after)).toBe(
    'triangles 12.1k → 29.8k · vertices 24 (same) · 3.2 KiB → 6.3 KiB'
  )
})
