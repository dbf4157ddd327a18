// What the user is told: one ::error per failed batch asset (asset, step, Meshy's reason, task
// id), and a ::warning for requested formats a task does not have (a failure when no requested
// model format exists).
import { rmSync } from 'node:fs'
import { runBatch } from '../src/batch/run/run-batch.js'
import { run } from '../src/action/main.js'
import { clearSecrets } from '../src/core/redact.js'
import { FAKE_API_KEY } from '../fakes/meshy/index.js'
import { batchConfig, batchFixture, pipelineDeps, writeManifest } from './batch-support.js'
import { newWorkspace } from './harness/run-action.js'
import { fakeDeps } from './harness/fake-deps.js'

const fx = batchFixture({ durationMs: 200, keepAliveMs: 100 })
afterEach(() => {
  clearSecrets()
  fx.fake.disarm()
})

describe('batch failures', () => {
  test('each failed asset gets its own error naming asset, step, reason and task id', async () => {
    writeManifest(
      fx.workspace,
      [
        'assets:',
        '  good:',
        '    task: text-to-3d',
        '    prompt: a fine chair',
        '    refine: false',
        '  broken-mesh:',
        '    task: text-to-3d',
        '    prompt: a broken lamp',
        '    refine: false',
        '  broken-texture:',
        '    task: retexture',
        '    from: good',
        '    prompt: a broken finish'
      ].join('\n') + '\n'
    )
    fx.fake.outcome({
      match: body => body.prompt === 'a broken lamp',
      status: 'FAILED',
      taskError: { type: 'invalid_input', message: 'Failed to generate preview images.' }
    })
    fx.fake.outcome({
      match: body => body.texture_prompt === 'a broken finish',
      status: 'FAILED',
      taskError: { type: 'server_error', message: 'The server is busy. Please try again later.' }
    })
    const deps = pipelineDeps(fx.fake.url)
    const outcome = await runBatch(batchConfig(fx.workspace, fx.fake.url), deps)
    expect(outcome.failed).toBe(2)
    const errors = deps.logger.lines.filter(l => l.startsWith('error: '))
    expect(errors).toHaveLength(2)
    const ids = (name: string) => outcome.rows.find(r => r.name === name)?.taskIds ?? []
    expect(errors).toContain(
      `error: Asset 'broken-mesh' failed at step 'text-to-3d' (task ${ids('broken-mesh')[0]}): Failed to generate preview images.`
    )
    expect(errors).toContain(
      `error: Asset 'broken-texture' failed at step 'retexture' (task ${ids('broken-texture')[0]}): The server is busy. Please try again later.`
    )
  })
})

describe('requested formats the task does not have', () => {
  function deps(inputs: Record<string, string>) {
    const ws = newWorkspace()
    const given = {
      'base-url': fx.fake.url,
      'api-key': FAKE_API_KEY,
      'timeout-minutes': '2',
      summary: 'false',
      download: 'model',
      ...inputs
    }
    const { deps: d, lines, failed } = fakeDeps(given, { GITHUB_WORKSPACE: ws })
    return { d, lines, failed, ws }
  }

  const rig = { task: 'rigging', model: 'https://example.com/hero.glb' }

  test('a format the task cannot produce fails before any request (issue 23)', async () => {
    const posts = fx.fake.creates().length
    const { d, failed, ws } = deps({ ...rig, formats: 'glb,usdz' })
    await run(d)
    rmSync(ws, { recursive: true, force: true })
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatch(/formats.*rigging cannot produce usdz\. Use any of glb, fbx/)
    expect(fx.fake.creates().length).toBe(posts)
  })

  // Picking up a task skips that check (nothing is paid): what the task lacks is said after.
  async function riggedTaskId(): Promise<string> {
    const { d, failed, ws } = deps({ ...rig, formats: 'glb' })
    await run(d)
    rmSync(ws, { recursive: true, force: true })
    expect(failed).toEqual([])
    return [...fx.fake.tasks.keys()].at(-1)!
  }

  test('a missing format is a warning naming it and the formats the task has', async () => {
    const id = await riggedTaskId()
    const { d, lines, failed, ws } = deps({ 'task-id': id, formats: 'glb,usdz' })
    await run(d)
    rmSync(ws, { recursive: true, force: true })
    expect(failed).toEqual([])
    const warnings = lines.filter(l => l.startsWith('warning: '))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/no usdz file/)
    expect(warnings[0]).toMatch(/Formats it has: glb, fbx/)
  })

  test('no requested model format at all fails the step', async () => {
    const id = await riggedTaskId()
    const { d, lines, failed, ws } = deps({ 'task-id': id, formats: 'obj' })
    await run(d)
    rmSync(ws, { recursive: true, force: true })
    expect(lines.some(l => /^warning: .*no obj file/.test(l))).toBe(true)
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatch(/None of the requested formats \(obj\)/)
    expect(failed[0]).toMatch(/glb, fbx/)
  })

  test('image tasks, whose product is images, are not held to model formats', async () => {
    const { d, failed, lines, ws } = deps({ task: 'text-to-image', prompt: 'a mascot' })
    await run(d)
    rmSync(ws, { recursive: true, force: true })
    expect(failed).toEqual([])
    expect(lines.filter(l => l.startsWith('warning: '))).toEqual([])
  })
})
