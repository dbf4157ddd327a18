// The printability gate (issue 28, item 3): print-analyze in a manifest chain with
// require-printable fails the asset when Meshy reports the model not printable; the verdict is
// recorded in the lockfile, and a re-run judges it again from there with no request.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace, runAction } from './harness/run-action.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300, keepAliveMs: 200 })
})
afterAll(async () => fake.close())

// The fake reports a model URL naming "unprintable" as not printable.
const MANIFEST = `
defaults:
  require-printable: true
assets:
  bracket:
    task: text-to-3d
    prompt: a shelf bracket
    refine: false
  bracket-check:
    task: print-analyze
    from: bracket
  vase-check:
    task: print-analyze
    model: https://example.com/unprintable-vase.glb
`

test('a model Meshy reports not printable fails its asset, now and on a re-run without requests', async () => {
  const workspace = newWorkspace()
  writeFileSync(join(workspace, 'meshy.yml'), MANIFEST)
  const run = () =>
    runAction({
      workspace,
      inputs: { 'base-url': fake.url, manifest: 'meshy.yml' },
      env: { MESHY_API_KEY: FAKE_API_KEY }
    })
  fake.reset()
  const first = await run()
  expect(first.code).toBe(1)
  expect(first.stdout).toMatch(
    /::error::vase-check: Meshy's analysis reports the model not printable/
  )
  expect(first.stdout).not.toMatch(/::error::bracket-check:/)
  const lock = JSON.parse(readFileSync(join(workspace, 'meshy-lock.json'), 'utf8'))
  expect(lock.assets['vase-check'].printable).toBe(false)
  expect(lock.assets['bracket-check'].printable).toBe(true)
  expect(lock.assets.bracket.printable).toBeUndefined()

  fake.reset()
  const second = await run()
  expect(fake.requests).toHaveLength(0)
  expect(second.code).toBe(1)
  expect(second.stdout).toMatch(
    /::error::vase-check: Meshy's analysis reports the model not printable/
  )
})

test('without require-printable the same report is shown but fails nothing', async () => {
  const workspace = newWorkspace()
  writeFileSync(
    join(workspace, 'meshy.yml'),
    MANIFEST.replace('require-printable: true', 'require-printable: false')
  )
  fake.reset()
  const r = await runAction({
    workspace,
    inputs: { 'base-url': fake.url, manifest: 'meshy.yml' },
    env: { MESHY_API_KEY: FAKE_API_KEY }
  })
  expect(r.code).toBe(0)
})

test('single-task mode: require-printable fails the step on a not-printable report', async () => {
  fake.reset()
  const r = await runAction({
    workspace: newWorkspace(),
    inputs: {
      'base-url': fake.url,
      task: 'print-analyze',
      model: 'https://example.com/unprintable-vase.glb',
      'require-printable': 'true'
    },
    env: { MESHY_API_KEY: FAKE_API_KEY }
  })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/quality gate failed.*not printable/)
  expect(r.outputs.status).toBe('SUCCEEDED')
})
