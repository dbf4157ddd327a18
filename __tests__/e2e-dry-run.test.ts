// dry-run through the bundled action: after a real run, a pull request's manifest changes are
// planned (every action and reason), with no request without a key, exactly one balance read
// with a key, max-credits refused, and the lockfile and every file left exactly as they were.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace, runAction } from './harness/run-action.js'

let fake: FakeMeshy
let workspace: string
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 200, keepAliveMs: 200 })
  workspace = newWorkspace()
})
afterAll(async () => {
  await fake.close()
  rmSync(workspace, { recursive: true, force: true })
})

const asset = (name: string, prompt: string, extra = '') =>
  `  ${name}:\n    task: text-to-3d\n    prompt: ${prompt}\n    refine: false\n${extra}`

const BEFORE =
  'defaults:\n  formats: glb\nassets:\n' +
  asset('chair', 'an oak chair') +
  '  chair-red:\n    task: text-to-texture\n    from: chair\n    prompt: painted red\n' +
  asset('lamp', 'a brass lamp') +
  asset('crate', 'a wooden crate') +
  asset('vase', 'a blue vase') +
  asset('gone', 'a broken stool')

// The pull request: chair's prompt changes (so chair-red follows), stool is added, gone is removed.
const AFTER =
  'defaults:\n  formats: glb\nassets:\n' +
  asset('chair', 'a walnut chair') +
  '  chair-red:\n    task: text-to-texture\n    from: chair\n    prompt: painted red\n' +
  asset('lamp', 'a brass lamp') +
  asset('crate', 'a wooden crate') +
  asset('vase', 'a blue vase') +
  asset('stool', 'a tall stool')

const inputs = () => ({ 'base-url': fake.url, manifest: 'meshy.yml' })
const lockPath = () => join(workspace, 'meshy-lock.json')

interface Plan {
  estimate: number
  balance: number | null
  assets: Record<string, { action: string; estimate: number; reason: string }>
}

describe('after a real run, a changed manifest', () => {
  let lockBefore: string
  beforeAll(async () => {
    writeFileSync(join(workspace, 'meshy.yml'), BEFORE)
    const real = await runAction({
      workspace,
      inputs: inputs(),
      env: { MESHY_API_KEY: FAKE_API_KEY }
    })
    expect(real.code).toBe(0)
    // lamp's model was deleted by hand; crate's model too, and Meshy no longer keeps its task.
    rmSync(join(workspace, 'meshy-output', 'lamp', 'model.glb'))
    rmSync(join(workspace, 'meshy-output', 'crate', 'model.glb'))
    const lock = JSON.parse(readFileSync(lockPath(), 'utf8'))
    lock.assets.crate['expires-at'] = '2020-01-01T00:00:00.000Z'
    writeFileSync(lockPath(), `${JSON.stringify(lock, null, 2)}\n`)
    writeFileSync(join(workspace, 'meshy.yml'), AFTER)
    lockBefore = readFileSync(lockPath(), 'utf8')
  })

  test('is planned with no request at all when there is no key', async () => {
    fake.reset()
    const run = await runAction({ workspace, inputs: { ...inputs(), 'dry-run': 'true' } })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(fake.requests).toHaveLength(0)
    const plan = JSON.parse(run.outputs.plan) as Plan
    expect(plan.balance).toBeNull()
    const view = Object.fromEntries(
      Object.entries(plan.assets).map(([name, a]) => [name, `${a.action}: ${a.reason}`])
    )
    expect(view).toEqual({
      chair: 'generate: prompt changed',
      'chair-red': 'generate: source chair regenerates',
      lamp: expect.stringMatching(
        /^download: model file missing, task still downloadable until \d{4}-\d\d-\d\d$/
      ),
      crate: expect.stringMatching(/^generate: model file missing and Meshy no longer keeps/),
      vase: 'unchanged: unchanged',
      stool: 'generate: new asset',
      gone: 'remove: removed from the manifest: 2 files will be deleted'
    })
    expect(plan.assets.lamp.estimate).toBe(0)
    expect(plan.assets.chair.estimate).toBeGreaterThan(0)
    const spends = ['chair', 'chair-red', 'crate', 'stool']
    expect(plan.estimate).toBe(spends.reduce((sum, n) => sum + plan.assets[n].estimate, 0))
    expect(run.stdout).toContain('Merging this will generate 4 assets')
    expect(run.summary).toContain('Meshy plan (dry run)')
    expect(run.summary).toMatch(/<details><summary>1 unchanged<\/summary>/)
    // Assets that spend come before the ones that do not.
    expect(run.summary.indexOf('stool')).toBeLessThan(run.summary.indexOf('gone'))
  })

  test('leaves the lockfile byte for byte and every file in place', () => {
    expect(readFileSync(lockPath(), 'utf8')).toBe(lockBefore)
    for (const file of ['gone/model.glb', 'gone/thumbnail.png', 'chair/model.glb']) {
      expect(existsSync(join(workspace, 'meshy-output', file))).toBe(true)
    }
    expect(existsSync(join(workspace, 'meshy-output', 'stool'))).toBe(false)
  })

  test('with a key, reads the balance once and nothing else', async () => {
    fake.reset()
    const run = await runAction({
      workspace,
      inputs: { ...inputs(), 'dry-run': 'true' },
      env: { MESHY_API_KEY: FAKE_API_KEY }
    })
    expect(run.code).toBe(0)
    expect(fake.requests.map(r => `${r.method} ${r.path}`)).toEqual(['GET /openapi/v2/balance'])
    expect(typeof (JSON.parse(run.outputs.plan) as Plan).balance).toBe('number')
    expect(readFileSync(lockPath(), 'utf8')).toBe(lockBefore)
  })

  test('refuses what max-credits would refuse, and still shows the plan', async () => {
    fake.reset()
    const run = await runAction({
      workspace,
      inputs: { ...inputs(), 'dry-run': 'true', 'max-credits': '1' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'max-credits'.*over the limit of 1/)
    expect(fake.requests).toHaveLength(0)
    expect(JSON.parse(run.outputs.plan).estimate).toBeGreaterThan(1)
    expect(readFileSync(lockPath(), 'utf8')).toBe(lockBefore)
  })

  test('a manifest can ask for a dry run in its defaults', async () => {
    fake.reset()
    writeFileSync(
      join(workspace, 'meshy.yml'),
      AFTER.replace('defaults:\n', 'defaults:\n  dry-run: true\n')
    )
    const run = await runAction({ workspace, inputs: inputs() })
    expect(run.code).toBe(0)
    expect(fake.requests).toHaveLength(0)
    expect(JSON.parse(run.outputs.plan).assets.stool.action).toBe('generate')
    writeFileSync(join(workspace, 'meshy.yml'), AFTER)
  })
})

test('a single task is planned with its steps and estimate, and nothing is sent', async () => {
  fake.reset()
  const ws = newWorkspace()
  try {
    const run = await runAction({
      workspace: ws,
      inputs: { 'base-url': fake.url, task: 'text-to-3d', prompt: 'a chair', 'dry-run': 'true' }
    })
    expect(run.code).toBe(0)
    expect(fake.requests).toHaveLength(0)
    const plan = JSON.parse(run.outputs.plan)
    expect(plan.tasks.map((t: { step: string }) => t.step)).toEqual(['text-to-3d'])
    expect(plan.estimate).toBe(plan.tasks[0].estimate)
    expect(run.outputs['task-ids']).toBe('[]')
    // Nothing is downloaded: the output folder holds only the plan-file (and its folder's
    // .gitignore), and the result it would have had is not there either.
    expect(run.outputs['plan-file']).toBe('meshy-output/.meshy-outputs/plan.json')
    expect(JSON.parse(readFileSync(join(ws, run.outputs['plan-file']), 'utf8'))).toEqual(plan)
    expect(readdirSync(join(ws, 'meshy-output'))).toEqual(['.meshy-outputs'])
    expect(readdirSync(join(ws, 'meshy-output', '.meshy-outputs')).sort()).toEqual([
      '.gitignore',
      'plan.json'
    ])
  } finally {
    rmSync(ws, { recursive: true, force: true })
  }
})

test('without dry-run a missing key is still an error, before any request', async () => {
  fake.reset()
  const ws = newWorkspace()
  try {
    writeFileSync(join(ws, 'meshy.yml'), BEFORE)
    const run = await runAction({
      workspace: ws,
      inputs: { 'base-url': fake.url, manifest: 'meshy.yml' }
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'api-key': no Meshy API key/)
    expect(fake.requests).toHaveLength(0)
  } finally {
    rmSync(ws, { recursive: true, force: true })
  }
})
