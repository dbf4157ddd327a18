// Issue 12 (files half) through the bundled action: a lying API and a hostile checkout must not
// get a single byte written outside the output folder, nor the key into any file.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { leaksOf } from './harness/leaks.js'
import { newWorkspace, runAction, type ActionRun } from './harness/run-action.js'
import { startHostileMeshy, succeeded, type TaskBuilder } from './harness/hostile-meshy.js'

// Not shaped like a Meshy key: only its registration as a secret can keep it out of files.
const KEY = 'hostile-test-secret-0123456789abcdef'
const cleanup: string[] = []
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

function workspace(): string {
  const dir = newWorkspace()
  cleanup.push(dir)
  return dir
}

/** A folder beside the workspace: whatever the action writes there has escaped. */
function outside(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meshy-outside-'))
  cleanup.push(dir)
  return dir
}

async function runAgainst(
  build: TaskBuilder,
  ws: string,
  inputs: Record<string, string>
): Promise<{ run: ActionRun; created: string[] }> {
  const server = await startHostileMeshy(build)
  try {
    const run = await runAction({
      workspace: ws,
      inputs: {
        'base-url': server.url,
        task: 'text-to-3d',
        prompt: 'a chair',
        refine: 'false',
        ...inputs
      },
      env: { MESHY_API_KEY: KEY }
    })
    return { run, created: server.created }
  } finally {
    await server.close()
  }
}

/** The downloaded files under `dir` (not the outputs' own JSON files in .meshy-outputs/). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    f => statSync(join(dir, f)).isFile() && !f.startsWith('.meshy-outputs')
  )
}

test('a task id echoed as a path names no folder: files go under the id the action created', async () => {
  const ws = workspace()
  const out = outside()
  // meshy-output/<id>/ + ../../../<out> is the folder beside the workspace.
  const evil = `../../../${basename(out)}`
  const { run, created } = await runAgainst(ctx => succeeded(ctx, { id: evil }), ws, {})
  expect(filesUnder(out)).toEqual([])
  // Either the echo is refused outright, or it is ignored; never followed.
  expect(run.stdout).not.toMatch(/Task not found/)
  if (run.code === 0) {
    expect(filesUnder(join(ws, 'meshy-output')).sort()).toEqual([
      `${created[0]}/model.glb`,
      `${created[0]}/thumbnail.png`
    ])
  }
})

test('an animation key that is a path is refused; the other files still arrive', async () => {
  const ws = workspace()
  const out = outside()
  const key = `../../../${basename(out)}/evil_glb_url`
  const { run, created } = await runAgainst(
    ctx =>
      succeeded(ctx, {
        type: 'rig',
        model_urls: undefined,
        thumbnail_url: undefined,
        result: {
          rigged_character_glb_url: `${ctx.base}/files/rigged.glb`,
          basic_animations: {
            walking_glb_url: `${ctx.base}/files/walking.glb`,
            [key]: `${ctx.base}/files/evil.glb`
          }
        }
      }),
    ws,
    {
      task: 'rigging',
      prompt: '',
      refine: '',
      'input-task-id': '01a07f5e-81c7-7111-86f2-f6d2f80b2093',
      download: 'model,animations'
    }
  )
  expect(filesUnder(out)).toEqual([])
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(/refused the file name .*\[a-z0-9_-\]/)
  expect(filesUnder(join(ws, 'meshy-output')).sort()).toEqual([
    `${created[0]}/rigged.glb`,
    `${created[0]}/walking.glb`
  ])
})

test.each([
  ['outside the workspace', /'meshy-output' is outside the workspace/],
  ['to another folder inside it', /'meshy-output' is a symbolic link/]
])('a committed symlink for the output folder (%s) is refused', async (where, message) => {
  const ws = workspace()
  const out = where.startsWith('outside') ? outside() : join(ws, 'elsewhere')
  mkdirSync(out, { recursive: true })
  symlinkSync(out, join(ws, 'meshy-output'))
  const { run } = await runAgainst(ctx => succeeded(ctx), ws, {})
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(message)
  expect(filesUnder(out)).toEqual([])
})

test('batch: an asset folder linked outside receives nothing', async () => {
  const ws = workspace()
  const out = outside()
  mkdirSync(join(ws, 'meshy-output'))
  symlinkSync(out, join(ws, 'meshy-output', 'chair'))
  writeFileSync(
    join(ws, 'meshy.yml'),
    'assets:\n  chair:\n    task: text-to-3d\n    prompt: a chair\n    refine: false\n'
  )
  const { run } = await runAgainst(ctx => succeeded(ctx), ws, {
    task: '',
    prompt: '',
    refine: '',
    manifest: 'meshy.yml'
  })
  expect(run.code).toBe(1)
  expect(JSON.parse(run.outputs['manifest-results']).chair.error).toMatch(
    /meshy-output\/chair' is a symbolic link/
  )
  expect(filesUnder(out)).toEqual([])
})

test('meshy-result.json linked to a file outside: the file is left alone', async () => {
  const ws = workspace()
  const out = outside()
  const victim = join(out, 'victim.txt')
  writeFileSync(victim, 'precious\n')
  mkdirSync(join(ws, 'meshy-output'))
  symlinkSync(victim, join(ws, 'meshy-output', 'meshy-result.json'))
  const { run } = await runAgainst(ctx => succeeded(ctx), ws, { 'artifact-name': 'models' })
  expect(readFileSync(victim, 'utf8')).toBe('precious\n')
  expect(run.stdout).toMatch(/meshy-result\.json' is a symbolic link/)
})

test('an API that echoes the key in every field gets it into no file', async () => {
  const ws = workspace()
  writeFileSync(
    join(ws, 'meshy.yml'),
    'assets:\n  chair:\n    task: text-to-3d\n    prompt: a chair\n    refine: false\n'
  )
  const everywhere: TaskBuilder = ctx =>
    succeeded(ctx, {
      type: `text-to-3d-preview ${KEY}`,
      ai_model: KEY,
      prompt: KEY,
      art_style: KEY,
      texture_prompt: `a ${KEY} b`,
      [KEY]: KEY,
      model_urls: { glb: `${ctx.base}/files/${KEY}/model.glb?Signature=${KEY}` },
      thumbnail_url: `${ctx.base}/files/${KEY}.png?Key=${KEY}`,
      task_error: { message: KEY, type: KEY },
      result: { note: KEY }
    })
  const { run } = await runAgainst(everywhere, ws, {
    task: '',
    prompt: '',
    refine: '',
    manifest: 'meshy.yml',
    'artifact-name': 'models'
  })
  expect(run.code).toBe(0)
  const lock = readFileSync(join(ws, 'meshy-lock.json'), 'utf8')
  expect(JSON.parse(lock).assets.chair.model).toBe('***')
  expect(existsSync(join(ws, 'meshy-output', 'meshy-result.json'))).toBe(true)
  // Files in the workspace, the summary, the outputs file, and the log too.
  expect(leaksOf(run, KEY)).toEqual([])
})
