import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { memoryLogger } from '../src/core/log.js'
import { publishReport } from '../src/report/index.js'
import { startAzurite, type Azurite } from '../fakes/results/azurite.js'
import {
  CONTAINER,
  runtimeToken,
  startFakeResults,
  type FakeResults
} from '../fakes/results/results-service.js'
import { config, prEnv, SIGNATURE, singleRun, workspace } from '../fakes/results/run-fixture.js'
import { readZip } from '../fakes/results/zip.js'

const KEY = 'msy_fake_secret_key_0123456789abcdef'
const RUN_BACKEND = 'c0ffee00-0000-4000-8000-000000000001'
const JOB_BACKEND = 'c0ffee00-0000-4000-8000-000000000002'
// @actions/artifact reads these from process.env itself.
const RUNTIME_VARS = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_SERVER_URL'] as const

describe('artifact upload (real @actions/artifact → fake results service → Azurite)', () => {
  let azurite: Azurite
  let results: FakeResults
  const saved: Record<string, string | undefined> = {}

  beforeAll(async () => {
    azurite = await startAzurite()
    results = await startFakeResults(azurite)
    for (const name of RUNTIME_VARS) saved[name] = process.env[name]
  })
  afterAll(async () => {
    for (const name of RUNTIME_VARS) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
    await results?.close()
    await azurite?.stop()
  })
  beforeEach(() => {
    process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken(RUN_BACKEND, JOB_BACKEND)
    process.env.ACTIONS_RESULTS_URL = results.url
    process.env.GITHUB_SERVER_URL = 'https://github.com'
    results.failCreate = undefined
    results.calls.length = 0
  })

  async function publish() {
    const ws = await workspace()
    const result = await singleRun(ws)
    const env = await prEnv(ws, 'http://127.0.0.1:9')
    const logger = memoryLogger()
    const cfg = config(ws, { artifactName: 'meshy-assets', summary: true })
    const outcome = await publishReport({ config: cfg, result }, { env, logger })
    return { ws, result, env, logger, outcome }
  }

  it('uploads the downloaded files and meshy-result.json; the bytes read back from Azurite match', async () => {
    const { result, env, logger, outcome } = await publish()
    expect(logger.lines.filter(l => l.startsWith('warning'))).toEqual([])
    expect(outcome.artifactId).toBe(4242)
    expect(outcome.artifactUrl).toBe(
      'https://github.com/octo/assets/actions/runs/987654/artifacts/4242'
    )

    expect(results.calls.map(c => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
    expect(results.calls[0].body).toMatchObject({
      name: 'meshy-assets',
      workflow_run_backend_id: RUN_BACKEND,
      workflow_job_run_backend_id: JOB_BACKEND
    })
    expect(results.calls[0].authorization).toBe(`Bearer ${process.env.ACTIONS_RUNTIME_TOKEN}`)

    const zip = await azurite.readBlob(CONTAINER, results.blobs.get('meshy-assets') as string)
    const entries = new Map(
      [...readZip(zip)].map(([name, bytes]) => [name.replace(/^\//, ''), bytes])
    )
    expect([...entries.keys()].sort()).toEqual([
      'SHA256SUMS',
      'meshy-result.json',
      'model.glb',
      'thumbnail.png'
    ])
    for (const file of result.files) {
      expect(entries.get(file.path.replace('meshy-output/', ''))).toEqual(
        await readFile(file.absPath)
      )
    }

    const doc = (entries.get('meshy-result.json') as Buffer).toString('utf8')
    const parsed = JSON.parse(doc) as {
      tasks: Array<{ id: string; model_urls: Record<string, string> }>
      files: Array<{ path: string; sha256: string }>
    }
    expect(parsed.tasks[0].id).toBe(result.tasks[0].task.id)
    // Each file carries the digest of the bytes in the zip, so a later job can verify it.
    expect(parsed.files).toHaveLength(2)
    for (const file of parsed.files) {
      const bytes = entries.get(file.path.replace('meshy-output/', '')) as Buffer
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    }
    expect(parsed.tasks[0].model_urls.glb).toMatch(
      /^https:\/\/assets\.meshy\.ai\/u-123\/tasks\/.*\/model\.glb$/
    )
    expect(doc).not.toContain(SIGNATURE)
    expect(doc).not.toContain('Expires=')
    expect(doc).not.toContain(KEY)
    expect(doc).not.toContain('absPath')

    const summary = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8')
    expect(summary).toContain(`<a href="${outcome.artifactUrl}">artifact</a>`)
  })

  it('turns a refused upload into a warning; the files stay on disk', async () => {
    results.failCreate = 400
    const { result, logger, outcome } = await publish()
    expect(outcome.artifactId).toBeUndefined()
    const warnings = logger.lines.filter(l => l.startsWith('warning'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/Could not upload the artifact meshy-assets: .*refused by test/)
    for (const file of result.files)
      await expect(readFile(file.absPath)).resolves.toBeInstanceOf(Buffer)
  })

  it('warns (does not throw) outside a runner, without ACTIONS_RUNTIME_TOKEN', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN
    const { logger, outcome } = await publish()
    expect(outcome.artifactId).toBeUndefined()
    expect(logger.lines.filter(l => l.startsWith('warning'))).toEqual([
      expect.stringContaining('ACTIONS_RUNTIME_TOKEN')
    ])
    expect(results.calls).toHaveLength(0)
  })
})
