// dry-run in a manifest: a run-wide key, so only `defaults` may set it.
import { parseManifest } from '../src/batch/manifest/manifest.js'

const opts = { path: '/ws/meshy.yml', workspace: '/ws' }
const chair = '  chair:\n    task: text-to-3d\n    prompt: a chair\n'

test('defaults may ask for a dry run; it is not merged into the assets', () => {
  const m = parseManifest(`defaults:\n  dry-run: true\nassets:\n${chair}`, opts)
  expect(m.dryRun).toBe(true)
  expect(parseManifest(`assets:\n${chair}`, opts).dryRun).toBe(false)
})

test('dry-run on an asset, or not a boolean, is refused with its line', () => {
  expect(() => parseManifest(`assets:\n${chair}    dry-run: true\n`, opts)).toThrow(
    /assets\.chair\.dry-run \(line 5\): dry-run is about the whole run; set it under defaults/
  )
  expect(() => parseManifest(`defaults:\n  dry-run: maybe\nassets:\n${chair}`, opts)).toThrow(
    /defaults\.dry-run \(line 2\): must be true or false/
  )
})
