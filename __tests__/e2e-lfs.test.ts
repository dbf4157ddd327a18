// Git LFS through the bundled action: a repository whose output folder is tracked by LFS, checked
// out without `lfs: true`, holds pointer files. The fixture repository is built as LFS would
// commit it (pointers in git, per the spec) and cloned; the run that follows pays nothing,
// downloads nothing, and says once that `lfs: true` brings the files; a dry run says the same.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace, runAction } from './harness/run-action.js'
import { tempDir } from './harness/temp-dirs.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300, keepAliveMs: 200 })
})
afterAll(async () => fake.close())

const MANIFEST = 'assets:\n  chair:\n    task: text-to-3d\n    prompt: a chair\n    refine: false\n'
const GITATTRIBUTES = 'meshy-output/** filter=lfs diff=lfs merge=lfs -text\n'

function pointer(bytes: Buffer): string {
  const oid = createHash('sha256').update(bytes).digest('hex')
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${bytes.length}\n`
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    stdio: 'ignore'
  })
}

/** The repository a generated run would have pushed, cloned as `actions/checkout` without lfs. */
function lfsCheckout(generated: string, files: string[]): string {
  const repo = tempDir('lfs-repo')
  git(repo, 'init', '-q')
  writeFileSync(join(repo, '.gitattributes'), GITATTRIBUTES)
  for (const path of ['assets/meshy.yml', 'assets/meshy-lock.json']) {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), readFileSync(join(generated, path)))
  }
  // What git stores for an LFS-tracked file is its pointer; without git-lfs that is what a clone has.
  for (const path of files) {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), pointer(readFileSync(join(generated, path))))
  }
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', 'generated assets')
  const checkout = join(tempDir('lfs-clone'), 'ws')
  git(dirname(checkout), 'clone', '-q', repo, checkout)
  return checkout
}

test('pointers matching the lockfile: no download, no create, one notice; plan mode says so', async () => {
  const generated = newWorkspace()
  mkdirSync(join(generated, 'assets'))
  writeFileSync(join(generated, 'assets', 'meshy.yml'), MANIFEST)
  const inputs = { 'base-url': fake.url, manifest: 'assets/meshy.yml' }
  const env = { MESHY_API_KEY: FAKE_API_KEY }
  const first = await runAction({ workspace: generated, inputs, env })
  expect(first.code).toBe(0)
  const files = JSON.parse(first.outputs['manifest-results']).chair.files as string[]
  expect(files).toContain('meshy-output/chair/model.glb')

  const checkout = lfsCheckout(generated, files)
  const pointerText = readFileSync(join(checkout, 'meshy-output/chair/model.glb'), 'utf8')
  expect(pointerText).toMatch(/^version https:\/\/git-lfs\.github\.com\/spec\/v1\n/)
  fake.reset()
  const run = await runAction({ workspace: checkout, inputs, env })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  expect(fake.requests).toHaveLength(0)
  expect(JSON.parse(run.outputs['manifest-results']).chair.status).toBe('unchanged')
  const notices = run.stdout.split('\n').filter(l => l.startsWith('::notice::'))
  expect(notices.filter(l => l.includes('Git LFS'))).toHaveLength(1)
  expect(notices.join('\n')).toContain('`lfs: true`')
  // The pointers and the lockfile are left as they were.
  expect(readFileSync(join(checkout, 'meshy-output/chair/model.glb'), 'utf8')).toBe(pointerText)
  expect(readFileSync(join(checkout, 'assets/meshy-lock.json'), 'utf8')).toBe(
    readFileSync(join(generated, 'assets/meshy-lock.json'), 'utf8')
  )

  const plan = await runAction({ workspace: checkout, inputs: { ...inputs, 'dry-run': 'true' } })
  expect(plan.code).toBe(0)
  const chair = JSON.parse(plan.outputs.plan).assets.chair
  expect(chair).toEqual({
    action: 'unchanged',
    estimate: 0,
    reason: expect.stringMatching(/Git LFS/)
  })
  expect(plan.stdout).toMatch(/::notice::1 unchanged asset has its files in Git LFS/)
}, 60_000)

test('a pointer to other bytes is not the generated file: the asset is fetched again', async () => {
  const generated = newWorkspace()
  mkdirSync(join(generated, 'assets'))
  writeFileSync(join(generated, 'assets', 'meshy.yml'), MANIFEST)
  const inputs = { 'base-url': fake.url, manifest: 'assets/meshy.yml', 'dry-run': 'true' }
  const first = await runAction({
    workspace: generated,
    inputs: { ...inputs, 'dry-run': 'false' },
    env: { MESHY_API_KEY: FAKE_API_KEY }
  })
  expect(first.code).toBe(0)
  writeFileSync(join(generated, 'meshy-output/chair/model.glb'), pointer(Buffer.from('other')))
  const plan = await runAction({ workspace: generated, inputs })
  const chair = JSON.parse(plan.outputs.plan).assets.chair
  expect(chair.action).not.toBe('unchanged')
  expect(chair.reason).toMatch(/model file changed on disk/)
  expect(plan.stdout).not.toContain('Git LFS')
}, 60_000)
