// Provenance: with `attest: true` the run writes SHA256SUMS and asks the attester (Deps; the real
// one is @actions/attest, which signs through the job's OIDC token and cannot run offline) to
// attest every file with what made it. Through run() with a fake attester, and through the bundle,
// without the job's OIDC token (no id-token: write): a warning that names the permissions.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../src/action/main.js'
import { clearSecrets } from '../src/core/redact.js'
import { PREDICATE_TYPE } from '../src/report/provenance.js'
import type { Attester } from '../src/report/types.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { fakeDeps, logged } from './harness/fake-deps.js'
import { newWorkspace, runAction } from './harness/run-action.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 200, keepAliveMs: 100 })
})
afterAll(async () => fake.close())
afterEach(() => clearSecrets())

const inputs = (workspace: string): Record<string, string> => ({
  'base-url': fake.url,
  'api-key': FAKE_API_KEY,
  task: 'text-to-3d',
  prompt: 'a brass compass',
  refine: 'false',
  formats: 'glb',
  download: 'model,thumbnail',
  'output-dir': 'meshy-output',
  'timeout-minutes': '5',
  summary: 'false',
  attest: 'true',
  workspace
})

test('attest: SHA256SUMS, and one attestation of every file with its tasks', async () => {
  const workspace = newWorkspace()
  const requests: Parameters<Attester>[0][] = []
  const attester: Attester = async request => {
    requests.push(request)
    return { url: 'https://github.com/octo/assets/attestations/42' }
  }
  const { deps, lines, failed, outputs } = fakeDeps(
    inputs(workspace),
    { GITHUB_WORKSPACE: workspace },
    { attester }
  )
  await run(deps)
  expect(failed).toEqual([])
  expect(logged(lines, 'warning', 'error')).toEqual([])
  expect(outputs['attestation-url']).toBe('https://github.com/octo/assets/attestations/42')

  const files = JSON.parse(outputs.files) as string[]
  const sums = readFileSync(join(workspace, 'meshy-output', 'SHA256SUMS'), 'utf8')
  const expected = files
    .map(f => {
      const hex = createHash('sha256')
        .update(readFileSync(join(workspace, f)))
        .digest('hex')
      return { name: f.replace(/^meshy-output\//, ''), digest: { sha256: hex } }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
  expect(sums).toBe(expected.map(s => `${s.digest.sha256}  ${s.name}\n`).join(''))

  expect(requests).toHaveLength(1)
  const [request] = requests
  expect(request.subjects).toEqual(expected)
  expect(request.predicateType).toBe(PREDICATE_TYPE)
  const promptSha = createHash('sha256').update('a brass compass').digest('hex')
  expect(request.predicate).toEqual({
    generator: 'meshy-action',
    credits: Number(outputs.credits),
    tasks: [
      {
        id: outputs['task-id'],
        type: 'text-to-3d',
        model: null, // ai_model unset: Meshy's default
        credits: Number(outputs.credits),
        'prompt-sha256': promptSha
      }
    ]
  })
  // The prompt itself is not in the predicate (a digest identifies it, the text stays private).
  expect(JSON.stringify(request.predicate)).not.toContain('brass')
})

test('the bundle on a job without an OIDC token: the run succeeds with a warning naming the permissions', async () => {
  const r = await runAction({
    inputs: {
      'base-url': fake.url,
      task: 'text-to-3d',
      prompt: 'a brass compass',
      refine: 'false',
      attest: 'true'
    },
    env: { MESHY_API_KEY: FAKE_API_KEY }
  })
  expect(r.code).toBe(0)
  // @actions/attest is in the bundle; it cannot sign without the job's OIDC token (id-token).
  expect(r.stdout).toMatch(/::warning::Could not create the attestation: /)
  expect(r.stdout).toContain('id-token: write')
  expect(r.outputs['attestation-url']).toBeUndefined()
  expect(readFileSync(join(r.workspace, 'meshy-output', 'SHA256SUMS'), 'utf8')).toMatch(
    /^[0-9a-f]{64} {2}[\w-]+\/model\.glb$/m
  )
})
