// What the user is told when something is off before any request: where a missing file was
// looked for, a comma-separated image list, which folder is the workspace, a key that test mode
// overrides, and a configuration error's job summary.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadManifest, parseManifest } from '../src/batch/manifest/manifest.js'
import { readConfig } from '../src/config/inputs.js'
import { ConfigurationError } from '../src/core/errors.js'
import { run } from '../src/action/main.js'
import { clearSecrets } from '../src/core/redact.js'
import { renderComment } from '../src/report/comment.js'
import { renderSummary } from '../src/report/summary.js'
import { runAction } from './harness/run-action.js'
import { fakeDeps } from './harness/fake-deps.js'
import { config as fixtureConfig, singleRun, workspace } from '../fakes/results/run-fixture.js'

const KEY = 'msy_fake_secret_key_0123456789abcdef'
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

let ws: string
beforeAll(() => {
  ws = realpathSync(mkdtempSync(join(tmpdir(), 'meshy-notices-')))
  mkdirSync(join(ws, 'art', 'concept'), { recursive: true })
  writeFileSync(join(ws, 'art', 'concept', 'mascot.png'), PNG)
})
afterAll(() => rmSync(ws, { recursive: true, force: true }))
afterEach(() => clearSecrets())

function configError(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError)
    return (err as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

const read = (inputs: Record<string, string>) =>
  readConfig(name => ({ 'api-key': KEY, ...inputs })[name] ?? '', { GITHUB_WORKSPACE: ws })

describe('paths', () => {
  test('a missing image names the path tried, relative to the workspace', () => {
    const message = configError(() => read({ task: 'image-to-3d', image: 'concept/mascot.png' }))
    expect(message).toContain("'concept/mascot.png' was not found: looked for concept/mascot.png")
    expect(message).toContain(`in the workspace (${ws})`)
    expect(message).not.toMatch(/manifest/)
  })

  test("in a manifest it says paths are relative to the manifest's folder", () => {
    const message = configError(() =>
      parseManifest(
        'assets:\n  mascot:\n    task: image-to-3d\n    image: art/concept/mascot.png\n',
        {
          path: join(ws, 'art', 'meshy.yml'),
          workspace: ws
        }
      )
    )
    expect(message).toContain('looked for art/art/concept/mascot.png in the workspace')
    expect(message).toContain("relative to the manifest's folder (art)")
  })

  test('a manifest at the workspace root still says so', () => {
    const message = configError(() =>
      parseManifest('assets:\n  mascot:\n    task: image-to-3d\n    image: nope.png\n', {
        path: join(ws, 'meshy.yml'),
        workspace: ws
      })
    )
    expect(message).toContain("relative to the manifest's folder (.)")
  })

  test('a missing manifest names the path tried', async () => {
    const config = { workspace: ws, manifest: 'assets/meshy.yml' }
    const err = await loadManifest(config).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ConfigurationError)
    expect((err as Error).message).toContain(
      "'assets/meshy.yml' was not found: looked for assets/meshy.yml in the workspace"
    )
  })

  test('an image value with commas gets the hint "one per line"', () => {
    const paths = configError(() =>
      read({ task: 'image-to-3d', image: 'art/concept/mascot.png, art/concept/mascot.png' })
    )
    expect(paths).toMatch(/one per line/)
    const urls = configError(() =>
      read({
        task: 'multi-image-to-3d',
        image: 'https://example.com/a.png,https://example.com/b.png'
      })
    )
    expect(urls).toMatch(/^Input 'image': .*separated by commas.*one per line/)
  })

  test('a URL that merely contains a comma is still accepted', () => {
    const config = read({ task: 'image-to-3d', image: 'https://example.com/c_fill,w_512/a.png' })
    expect(config.mode === 'create' && config.spec.images[0].value).toBe(
      'https://example.com/c_fill,w_512/a.png'
    )
  })
})

describe('run() notices', () => {
  test('without GITHUB_WORKSPACE it logs which folder is the workspace', async () => {
    const { deps: d, lines } = fakeDeps({ task: 'text-to-4d' }, {})
    await run(d)
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^info: GITHUB_WORKSPACE is not set, so the current folder .+ is used as the workspace/
      )
    )
    const quiet = fakeDeps({ task: 'text-to-4d' }, { GITHUB_WORKSPACE: ws })
    await run(quiet.deps)
    expect(quiet.lines.join('\n')).not.toContain('GITHUB_WORKSPACE is not set')
  })

  test('test mode with a key also set warns that test mode wins', async () => {
    const { deps: d, lines } = fakeDeps(
      { 'test-mode': 'true', 'api-key': KEY, task: 'text-to-4d' },
      { GITHUB_WORKSPACE: ws }
    )
    await run(d)
    const warning = lines.find(l => l.startsWith('warning: test-mode is true'))
    expect(warning).toMatch(/test mode wins/)
    expect(warning).toMatch(/sample results/)
    expect(warning).toMatch(/spends no credits/)
    expect(warning).toMatch(/prompt does not shape the result/)
    const alone = fakeDeps({ 'test-mode': 'true', task: 'text-to-4d' }, { GITHUB_WORKSPACE: ws })
    await run(alone.deps)
    expect(alone.lines.join('\n')).not.toContain('test mode wins')
  })

  test('a configuration error still writes a short job summary', async () => {
    const summaryFile = join(ws, 'summary.md')
    writeFileSync(summaryFile, '')
    const env = { GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summaryFile }
    const { deps: d, failed } = fakeDeps({ 'api-key': KEY, task: 'text-to-3d', prompt: '' }, env)
    await run(d)
    expect(failed).toHaveLength(1)
    const md = readFileSync(summaryFile, 'utf8')
    expect(md).toMatch(/^## 🧊 Meshy: configuration error/)
    expect(md).toContain('Input &#39;prompt&#39;')
    expect(md).toMatch(/nothing was sent to Meshy and no credits were spent/)

    writeFileSync(summaryFile, '')
    const off = fakeDeps({ 'api-key': KEY, task: 'text-to-3d', prompt: '', summary: 'false' }, env)
    await run(off.deps)
    expect(readFileSync(summaryFile, 'utf8')).toBe('')
  })
})

describe('test mode banner', () => {
  test('the summary and the PR comment say "Test mode: sample results"', async () => {
    const fixture = await workspace()
    try {
      const result = await singleRun(fixture)
      for (const testMode of [true, false]) {
        const input = { config: fixtureConfig(fixture, { testMode }), result }
        const summary = renderSummary(input, {})
        const comment = renderComment(input, {}, '<!-- meshy-action:test -->')
        for (const md of [summary, comment]) {
          expect(md.includes('Test mode: sample results')).toBe(testMode)
        }
      }
    } finally {
      rmSync(fixture.dir, { recursive: true, force: true })
    }
  })
})

test('through the bundled action: a bad input still writes its summary; test mode over a key warns', async () => {
  const bad = await runAction({
    inputs: { task: 'text-to-3d', prompt: '' },
    env: { MESHY_API_KEY: KEY }
  })
  const both = await runAction({
    inputs: { task: 'text-to-3d', prompt: '', 'test-mode': 'true' },
    env: { MESHY_API_KEY: KEY }
  })
  try {
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain("::error::Input 'prompt'")
    expect(bad.summary).toMatch(/^## 🧊 Meshy: configuration error/)
    expect(both.stdout).toMatch(
      /::warning::test-mode is true, so the API key that is also set is not used/
    )
    expect(bad.stdout).not.toContain('test mode wins')
  } finally {
    for (const r of [bad, both]) rmSync(r.workspace, { recursive: true, force: true })
  }
})
