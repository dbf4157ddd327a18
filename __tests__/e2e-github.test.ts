// The bundled action on a pull_request run with every GitHub feature on: the real Octokit (loaded
// lazily from its bundle chunk) against the fake GitHub, the real @actions/artifact client against
// the fake results service and Azurite, and Meshy's side from the HTTPS fake.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { FakeGitHub } from '../fakes/github/server.js'
import { startAzurite, type Azurite } from '../fakes/results/azurite.js'
import {
  CONTAINER,
  runtimeToken,
  startFakeResults,
  type FakeResults
} from '../fakes/results/results-service.js'
import { readZip } from '../fakes/results/zip.js'
import { leaksOf } from './harness/leaks.js'
import { newWorkspace, runAction } from './harness/run-action.js'

const TOKEN = 'ghs_installation_token_for_e2e'
let fake: FakeMeshy
let gh: FakeGitHub
let azurite: Azurite
let results: FakeResults

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300, keepAliveMs: 200 })
  gh = await new FakeGitHub({ tokens: { [TOKEN]: 'installation' } }).start()
  azurite = await startAzurite()
  results = await startFakeResults(azurite)
})
afterAll(async () => {
  await fake.close()
  await gh.close()
  await results.close()
  await azurite.stop()
})

function prRun(workspace: string, inputs: Record<string, string>) {
  const event = join(workspace, '..', `event-${Date.now()}.json`)
  writeFileSync(
    event,
    JSON.stringify({
      number: 7,
      pull_request: {
        number: 7,
        head: { repo: { full_name: 'octo/assets' } },
        base: { repo: { full_name: 'octo/assets' } }
      }
    })
  )
  return runAction({
    workspace,
    inputs: { 'base-url': fake.url, 'github-token': TOKEN, ...inputs },
    env: {
      MESHY_API_KEY: FAKE_API_KEY,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: gh.url,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(
        'c0ffee00-0000-4000-8000-000000000001',
        'c0ffee00-0000-4000-8000-000000000002'
      ),
      ACTIONS_RESULTS_URL: results.url
    }
  })
}

test('PR run: sticky comment with a preview-branch thumbnail, artifact bytes equal the files', async () => {
  const workspace = newWorkspace()
  const first = await prRun(workspace, {
    task: 'text-to-3d',
    prompt: 'a lighthouse <img src=x onerror=alert(1)>',
    refine: 'false',
    'pr-comment': 'true',
    'preview-branch': 'meshy-previews',
    'artifact-name': 'meshy-preview'
  })
  expect(first.stderr).toBe('')
  expect(first.code).toBe(0)
  expect(first.stdout).not.toMatch(/::warning::/)

  // One comment, by the bot, with the marker, the escaped prompt and the committed thumbnail.
  expect(gh.comments).toHaveLength(1)
  const body = gh.comments[0].body
  expect(first.outputs['comment-url']).toBe(gh.comments[0].html_url)
  expect(body).toContain('<!-- meshy-action:assets:generate -->')
  expect(body).not.toContain('<img src=x')
  const taskId = first.outputs['task-id']
  expect(body).toContain(
    `raw/refs/heads/meshy-previews/meshy-previews/pr-7/${taskId}/thumbnail.png`
  )
  expect(body).not.toMatch(/Signature=|Expires=/)
  expect(gh.refs.has('heads/meshy-previews') || gh.refs.has('refs/heads/meshy-previews')).toBe(true)

  // The artifact really travelled: read the zip back from Azurite and compare with the files.
  expect(first.outputs['artifact-id']).toBe(String(results.artifactId))
  expect(first.outputs['artifact-url']).toBe(
    `https://github.com/octo/assets/actions/runs/1234/artifacts/${results.artifactId}`
  )
  const blob = await azurite.readBlob(CONTAINER, results.blobs.get('meshy-preview') as string)
  const zip = readZip(blob)
  // Provenance: the digest output is the zip's, and SHA256SUMS in it lists every file's sha256.
  expect(first.outputs['artifact-digest']).toBe(createHash('sha256').update(blob).digest('hex'))
  const entries = new Map([...zip].map(([name, bytes]) => [name.replace(/^\//, ''), bytes]))
  for (const file of JSON.parse(first.outputs.files) as string[]) {
    const inZip = [...entries.entries()].find(([name]) => file.endsWith(name))
    expect(inZip?.[1]).toEqual(readFileSync(join(workspace, file)))
  }
  const sums = entries.get('SHA256SUMS')?.toString('utf8') ?? ''
  for (const file of JSON.parse(first.outputs.files) as string[]) {
    const hex = createHash('sha256')
      .update(readFileSync(join(workspace, file)))
      .digest('hex')
    expect(sums).toContain(`${hex}  ${file.replace(/^meshy-output\//, '')}\n`)
  }
  expect(
    entries.has('meshy-result.json') ||
      [...entries.keys()].some(k => k.endsWith('meshy-result.json'))
  ).toBe(true)

  // The summary shows the same preview; nothing carries the key.
  expect(first.summary).toContain(`pr-7/${taskId}/thumbnail.png`)
  expect(leaksOf(first, FAKE_API_KEY)).toEqual([])
  expect(JSON.stringify(gh.requests)).not.toContain(FAKE_API_KEY)
  expect(zip.size).toBeGreaterThan(0)
  for (const bytes of zip.values()) expect(bytes.includes(FAKE_API_KEY)).toBe(false)

  // A second run updates the same comment in place.
  const second = await prRun(workspace, {
    task: 'text-to-3d',
    prompt: 'a taller lighthouse',
    refine: 'false',
    'pr-comment': 'true'
  })
  expect(second.code).toBe(0)
  expect(gh.comments).toHaveLength(1)
  expect(gh.comments[0].body).toContain('a taller lighthouse')
  expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
})

test('pr-comment outside a pull request: a notice, nothing written', async () => {
  const before = gh.requests.length
  const r = await runAction({
    inputs: {
      'base-url': fake.url,
      'github-token': TOKEN,
      task: 'text-to-3d',
      prompt: 'x',
      refine: 'false',
      'pr-comment': 'true'
    },
    env: { MESHY_API_KEY: FAKE_API_KEY, GITHUB_API_URL: gh.url }
  })
  expect(r.code).toBe(0)
  expect(gh.requests.length).toBe(before)
  expect(r.outputs['comment-url'] ?? '').toBe('')
})
