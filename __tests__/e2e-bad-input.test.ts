// Bad configuration fails the step before any paid request, with a message that names the input
// and says what it accepts. Each case runs the bundled action; the fake must see zero POSTs.
import { mkdirSync, symlinkSync, writeFileSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace, runAction } from './harness/run-action.js'
import { tinyPng } from './harness/fixtures.js'
import { tempDir } from './harness/temp-dirs.js'

let fake: FakeMeshy
let workspace: string

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300 })
  workspace = newWorkspace()
  mkdirSync(join(workspace, 'art'))
  writeFileSync(join(workspace, 'art', 'ok.png'), tinyPng())
  writeFileSync(join(workspace, 'art', 'notes.png'), 'this is text, not a PNG\n')
  writeFileSync(join(workspace, 'art', 'huge.png'), tinyPng())
  truncateSync(join(workspace, 'art', 'huge.png'), 200 * 1024 * 1024)
  const outside = join(tempDir('outside'), 'secret.png')
  writeFileSync(outside, tinyPng())
  symlinkSync(outside, join(workspace, 'art', 'link.png'))
})
afterAll(async () => fake.close())

const long = (n: number) => 'a'.repeat(n)
const five = Array(5).fill('art/ok.png').join('\n')
const six = Array(6).fill('art/ok.png').join('\n')

// [why, inputs, the input the message must name]
const cases: Array<[string, Record<string, string>, string]> = [
  ['unknown task', { task: 'text-to-4d', prompt: 'x' }, 'task'],
  ['no task at all', {}, 'task'],
  ['prompt over 600 characters', { task: 'text-to-3d', prompt: long(601) }, 'prompt'],
  ['text-to-3d without a prompt', { task: 'text-to-3d' }, 'prompt'],
  [
    'texture prompt over 600',
    { task: 'text-to-3d', prompt: 'x', 'texture-prompt': long(700) },
    'texture-prompt'
  ],
  ['image file missing', { task: 'image-to-3d', image: 'art/missing.png' }, 'image'],
  ['text file posing as PNG', { task: 'image-to-3d', image: 'art/notes.png' }, 'image'],
  ['image path escapes the workspace', { task: 'image-to-3d', image: '../../etc/passwd' }, 'image'],
  ['absolute path outside the workspace', { task: 'image-to-3d', image: '/etc/hostname' }, 'image'],
  [
    'symlink pointing out of the workspace',
    { task: 'image-to-3d', image: 'art/link.png' },
    'image'
  ],
  ['image too large for a data URI', { task: 'image-to-3d', image: 'art/huge.png' }, 'image'],
  ['plain-http image URL', { task: 'image-to-3d', image: 'http://example.com/a.png' }, 'image'],
  ['malformed data URI', { task: 'image-to-3d', image: 'data:image/png;base64,@@@@' }, 'image'],
  ['five images for multi-image', { task: 'multi-image-to-3d', image: five }, 'image'],
  [
    'six references for image-to-image',
    { task: 'image-to-image', prompt: 'x', image: six },
    'image'
  ],
  ['image-to-3d without an image', { task: 'image-to-3d' }, 'image'],
  [
    'rigging an FBX (GLB only)',
    { task: 'rigging', model: 'https://example.com/hero.fbx' },
    'model'
  ],
  [
    'untextured image-to-3d with a texture prompt',
    {
      task: 'image-to-3d',
      image: 'art/ok.png',
      params: '{"should_texture": false}',
      'texture-prompt': 'oak'
    },
    'texture-prompt'
  ],
  ['a PNG given as the model', { task: 'remesh', model: 'art/ok.png' }, 'model'],
  [
    'model on a task that takes none',
    { task: 'image-to-3d', image: 'art/ok.png', model: 'art/ok.png' },
    'model'
  ],
  ['image on text-to-3d', { task: 'text-to-3d', prompt: 'x', image: 'art/ok.png' }, 'image'],
  [
    'plain-http base-url',
    { task: 'text-to-3d', prompt: 'x', 'base-url': 'http://api.meshy.ai' },
    'base-url'
  ],
  ['unknown format', { task: 'text-to-3d', prompt: 'x', formats: 'glb,gif' }, 'formats'],
  [
    'unknown download kind',
    { task: 'text-to-3d', prompt: 'x', download: 'model,video' },
    'download'
  ],
  ['params is a list', { task: 'text-to-3d', prompt: 'x', params: '[1, 2]' }, 'params'],
  ['params does not parse', { task: 'text-to-3d', prompt: 'x', params: '{ "a": ' }, 'params'],
  [
    'params sets a field an input sets',
    { task: 'text-to-3d', prompt: 'x', params: 'prompt: other' },
    'params'
  ],
  ['boolean nobody writes', { task: 'text-to-3d', prompt: 'x', refine: 'maybe' }, 'refine'],
  [
    'refine on a task that has none',
    { task: 'image-to-3d', image: 'art/ok.png', refine: 'false' },
    'refine'
  ],
  ['animation without the rig task', { task: 'animation', 'action-id': '28' }, 'input-task-id'],
  [
    'animation without action-id',
    { task: 'animation', 'input-task-id': '01900002-0000-7000-8000-000000000002' },
    'action-id'
  ],
  [
    'action-id not a number',
    {
      task: 'animation',
      'input-task-id': '01900002-0000-7000-8000-000000000002',
      'action-id': 'wave'
    },
    'action-id'
  ],
  [
    'input-task-id with odd characters',
    { task: 'remesh', 'input-task-id': 'abc; rm -rf' },
    'input-task-id'
  ],
  [
    'output-dir outside the workspace',
    { task: 'text-to-3d', prompt: 'x', 'output-dir': '../out' },
    'output-dir'
  ],
  [
    'negative timeout',
    { task: 'text-to-3d', prompt: 'x', 'timeout-minutes': '-1' },
    'timeout-minutes'
  ],
  [
    'max-credits not a number',
    { task: 'text-to-3d', prompt: 'x', 'max-credits': 'lots' },
    'max-credits'
  ],
  [
    'estimate over max-credits',
    { task: 'text-to-3d', prompt: 'x', 'max-credits': '5' },
    'max-credits'
  ],
  ['concurrency zero', { manifest: 'assets.yml', concurrency: '0' }, 'concurrency'],
  ['shard out of range', { manifest: 'assets.yml', shard: '3/2' }, 'shard'],
  ['wait not a boolean', { task: 'text-to-3d', prompt: 'x', wait: 'later' }, 'wait'],
  [
    'manifest and task together',
    { manifest: 'assets.yml', task: 'text-to-3d', prompt: 'x' },
    'manifest'
  ]
]

test.each(cases)('%s', async (_why, inputs, input) => {
  fake.reset()
  const r = await runAction({
    inputs: { 'base-url': fake.url, ...inputs },
    env: { MESHY_API_KEY: FAKE_API_KEY },
    workspace
  })
  expect(r.code).toBe(1)
  const error = r.stdout.split('\n').find(l => l.startsWith('::error::')) ?? ''
  expect(error).toContain(`Input '${input}'`)
  expect(fake.creates()).toHaveLength(0)
  expect(fake.requests.filter(q => q.method === 'POST')).toHaveLength(0)
})

test('an empty key fails before any request and offers test-mode', async () => {
  fake.reset()
  const r = await runAction({
    inputs: { 'base-url': fake.url, task: 'text-to-3d', prompt: 'x' },
    env: {},
    workspace
  })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/::error::Input 'api-key'.*test-mode/)
  expect(fake.requests).toHaveLength(0)
})
