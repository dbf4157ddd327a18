// Issue 24 item 5 through the bundled action: a 2 KB GLB whose sparse accessors declare 2^32-1
// elements kept glTF-Validator busy for over an hour, past timeout-minutes, even with
// `validate: off`. Now it is refused before the validator, in every mode, in seconds.
import { rmSync } from 'node:fs'
import { newWorkspace, runAction } from './harness/run-action.js'
import { startHostileMeshy, succeeded, type HostileMeshy } from './harness/hostile-meshy.js'
import { sparseBombGlb } from './harness/hostile-glb.js'

let server: HostileMeshy
const workspaces: string[] = []
beforeAll(async () => {
  server = await startHostileMeshy(ctx => succeeded(ctx), { 'model.glb': sparseBombGlb() })
})
afterAll(async () => {
  await server.close()
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true })
})

async function run(validate: string) {
  const workspace = newWorkspace()
  workspaces.push(workspace)
  const started = Date.now()
  const result = await runAction({
    workspace,
    inputs: {
      'base-url': server.url,
      task: 'text-to-3d',
      prompt: 'a chair',
      refine: 'false',
      validate,
      'timeout-minutes': '0.5'
    },
    env: { MESHY_API_KEY: 'hostile-test-key-0123456789' },
    timeoutMs: 45_000
  })
  return { ...result, seconds: (Date.now() - started) / 1000 }
}

test.each(['warn', 'error', 'off'])(
  'validate: %s ends in seconds with the model kept and its accessors refused',
  async validate => {
    const result = await run(validate)
    expect(result.seconds).toBeLessThan(25)
    expect(result.outputs.status).toBe('SUCCEEDED')
    expect(result.outputs['model-file']).toMatch(/model\.glb$/)
    const stats = JSON.parse(result.outputs['model-stats'])
    expect(stats.triangles).toBeUndefined()
    if (validate === 'off') {
      expect(result.code).toBe(0)
      expect(stats.validation).toBeUndefined()
    } else {
      expect(stats.validation.messages[0].code).toBe('ACCESSOR_TOO_LARGE')
      expect(result.code).toBe(validate === 'error' ? 1 : 0)
    }
  },
  60_000
)
