// Every action input → Config: a table of bad inputs (each must name the input and say what is
// accepted) and good cases for every task type, against a real temporary workspace.
import { createHash } from 'node:crypto'
import { mkdirSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BatchConfig, Config, CreateConfig, PickUpConfig } from '../src/config/types.js'
import { configWarnings, readConfig } from '../src/config/inputs.js'
import { buildTaskSpec } from '../src/config/task-spec.js'
import { ConfigurationError } from '../src/core/errors.js'
import { TEST_MODE_KEY } from '../src/core/redact.js'
import { tempDir } from './harness/temp-dirs.js'

const KEY = 'msy_fake_secret_key_0123456789abcdef'
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52
])
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0])

function glb(): Buffer {
  const header = Buffer.alloc(12)
  header.write('glTF', 0, 'latin1')
  header.writeUInt32LE(2, 4)
  header.writeUInt32LE(12, 8)
  return header
}

function binaryStl(triangles: number): Buffer {
  const buf = Buffer.alloc(84 + triangles * 50)
  buf.write('binary stl without a solid keyword', 0, 'latin1')
  buf.writeUInt32LE(triangles, 80)
  return buf
}

let ws: string
let outside: string

beforeAll(() => {
  ws = realpathSync(tempDir('cfg-ws'))
  outside = realpathSync(tempDir('cfg-out'))
  mkdirSync(join(ws, 'img'))
  mkdirSync(join(ws, 'models'))
  mkdirSync(join(ws, 'assets', 'concept'), { recursive: true })
  writeFileSync(join(ws, 'img', 'a.png'), PNG)
  writeFileSync(join(ws, 'img', 'b.jpg'), JPEG)
  writeFileSync(join(ws, 'img', 'fake.png'), 'just some text, not an image\n')
  writeFileSync(join(ws, 'img', 'empty.png'), '')
  writeFileSync(join(ws, 'img', 'huge.png'), PNG)
  truncateSync(join(ws, 'img', 'huge.png'), 21 * 1024 * 1024) // sparse: no real disk use
  writeFileSync(join(outside, 'secret.png'), PNG)
  symlinkSync(join(outside, 'secret.png'), join(ws, 'img', 'escape.png'))
  writeFileSync(join(ws, 'models', 'chair.glb'), glb())
  writeFileSync(join(ws, 'models', 'part.stl'), binaryStl(2))
  writeFileSync(join(ws, 'models', 'box.obj'), '# box\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n')
  writeFileSync(join(ws, 'models', 'notes.glb'), 'hello, I am text')
  writeFileSync(
    join(ws, 'models', 'split.gltf'),
    JSON.stringify({ asset: { version: '2.0' }, buffers: [{ uri: 'split.bin', byteLength: 4 }] })
  )
  writeFileSync(
    join(ws, 'models', 'inline.gltf'),
    JSON.stringify({
      asset: { version: '2.0' },
      buffers: [{ uri: 'data:application/octet-stream;base64,AAAAAA==', byteLength: 4 }]
    })
  )
  writeFileSync(join(ws, 'assets', 'concept', 'mascot.png'), PNG)
})

type Inputs = Record<string, string>

/** Every mode's fields, optional, so one assertion can look at any of them. */
type AnyMode = Config &
  Partial<Omit<CreateConfig, 'mode'>> &
  Partial<Omit<PickUpConfig, 'mode'>> &
  Partial<Omit<BatchConfig, 'mode'>>

function read(inputs: Inputs, env: NodeJS.ProcessEnv = {}): AnyMode {
  const all: Inputs = { 'api-key': KEY, ...inputs }
  return readConfig(name => all[name] ?? '', { GITHUB_WORKSPACE: ws, ...env })
}

function failure(fn: () => unknown): ConfigurationError {
  try {
    fn()
  } catch (err) {
    if (err instanceof ConfigurationError) return err
    throw err
  }
  throw new Error('expected a ConfigurationError')
}

const dataUri = (mime: string, bytes: Buffer) => `data:${mime};base64,${bytes.toString('base64')}`
const t3d = { task: 'text-to-3d', prompt: 'a chair' }

// [case, inputs, input named in the message, fragment of what is accepted]
const BAD: Array<[string, Inputs, string, string]> = [
  ['unknown task', { task: 'text-to-4d' }, 'task', 'Use one of: text-to-3d, image-to-3d'],
  ['no task at all', {}, 'task', 'required unless task-id'],
  [
    'manifest with task',
    { manifest: 'm.yml', task: 'text-to-3d' },
    'manifest',
    'Use either manifest, or task'
  ],
  [
    'manifest with task-id',
    { manifest: 'm.yml', 'task-id': '01900001-0000-7000-8000-000000000001' },
    'manifest',
    'or task-id without it'
  ],
  ['test-mode not a boolean', { ...t3d, 'test-mode': 'maybe' }, 'test-mode', 'true or false'],
  ['wait not a boolean', { ...t3d, wait: 'yep' }, 'wait', 'yes/no, on/off, 1/0'],
  ['summary not a boolean', { ...t3d, summary: '2' }, 'summary', 'true or false'],
  ['refine not a boolean', { ...t3d, refine: 'nope' }, 'refine', 'true or false'],
  ['prompt too long', { task: 'text-to-3d', prompt: 'x'.repeat(601) }, 'prompt', 'at most 600'],
  [
    'texture-prompt too long',
    { ...t3d, 'texture-prompt': 'y'.repeat(601) },
    'texture-prompt',
    'at most 600'
  ],
  ['text-to-3d without prompt', { task: 'text-to-3d' }, 'prompt', 'needs a prompt'],
  ['text-to-image without prompt', { task: 'text-to-image' }, 'prompt', 'needs a prompt'],
  [
    'text-to-texture without prompt',
    { task: 'text-to-texture', model: 'models/chair.glb' },
    'prompt',
    'needs a prompt'
  ],
  ['image on text-to-3d', { ...t3d, image: 'img/a.png' }, 'image', 'Inputs for text-to-3d: prompt'],
  [
    'model on image-to-3d',
    { task: 'image-to-3d', image: 'img/a.png', model: 'models/chair.glb' },
    'model',
    'Inputs for image-to-3d'
  ],
  [
    'prompt on remesh',
    { task: 'remesh', model: 'models/chair.glb', prompt: 'x' },
    'prompt',
    'Inputs for remesh'
  ],
  [
    'texture-prompt on rigging',
    { task: 'rigging', model: 'models/chair.glb', 'texture-prompt': 'x' },
    'texture-prompt',
    'Inputs for rigging'
  ],
  ['image-to-3d without image', { task: 'image-to-3d' }, 'image', '1 image(s) (or input-task-id)'],
  [
    'image-to-3d with two images',
    { task: 'image-to-3d', image: 'img/a.png\nimg/b.jpg' },
    'image',
    'one per line'
  ],
  [
    'image and input-task-id',
    {
      task: 'image-to-3d',
      image: 'img/a.png',
      'input-task-id': '01900002-0000-7000-8000-000000000002'
    },
    'image',
    'not both'
  ],
  [
    'five images for multi-image',
    { task: 'multi-image-to-3d', image: 'img/a.png\n'.repeat(5) },
    'image',
    '1 to 4 image(s)'
  ],
  [
    'six image-to-image references',
    { task: 'image-to-image', prompt: 'p', image: 'img/a.png\n'.repeat(6) },
    'image',
    '1 to 5 image(s)'
  ],
  [
    'refine false on image-to-3d',
    { task: 'image-to-3d', image: 'img/a.png', refine: 'false' },
    'refine',
    'only text-to-3d refines'
  ],
  [
    'action-id on rigging',
    { task: 'rigging', model: 'models/chair.glb', 'action-id': '3' },
    'action-id',
    'Inputs for rigging'
  ],
  [
    'animation without rig task',
    { task: 'animation', 'action-id': '92' },
    'input-task-id',
    'SUCCEEDED rigging task'
  ],
  [
    'animation without action-id',
    { task: 'animation', 'input-task-id': '01900003-0000-7000-8000-000000000003' },
    'action-id',
    'whole number'
  ],
  [
    'negative action-id',
    {
      task: 'animation',
      'input-task-id': '01900003-0000-7000-8000-000000000003',
      'action-id': '-1'
    },
    'action-id',
    'whole number 0 or more'
  ],
  [
    'input-task-id with a space',
    { task: 'remesh', 'input-task-id': 'abc def' },
    'input-task-id',
    'a UUID such as'
  ],
  [
    'task-id that only looks like a token (the old [A-Za-z0-9-] rule took it)',
    { 'task-id': 'abc123' },
    'task-id',
    'a UUID such as'
  ],
  [
    'task-id that is a path',
    { 'task-id': '../../../../tmp/PWNED' },
    'task-id',
    'not a Meshy task id'
  ],
  ['task-id that is a URL', { 'task-id': 'https://api.meshy.ai/x' }, 'task-id', 'a UUID such as'],
  ['params as a list', { ...t3d, params: '[1, 2]' }, 'params', 'JSON or YAML mapping'],
  ['params as a scalar', { ...t3d, params: 'quad' }, 'params', 'not a single value'],
  ['params unreadable', { ...t3d, params: '{"a": [' }, 'params', 'not valid JSON or YAML'],
  [
    'params repeats prompt',
    { ...t3d, params: '{"prompt": "other"}' },
    'params',
    "also set by input 'prompt'"
  ],
  [
    'params repeats formats',
    { ...t3d, formats: 'fbx', params: 'target_formats: [glb]' },
    'params',
    "input 'formats'"
  ],
  [
    'params repeats ai-model',
    { ...t3d, 'ai-model': 'meshy-6', params: 'ai_model: meshy-5' },
    'params',
    "input 'ai-model'"
  ],
  ['params sets mode', { ...t3d, params: 'mode: refine' }, 'params', 'requests with mode stop'],
  [
    'params repeats image',
    { task: 'image-to-3d', image: 'img/a.png', params: 'image_url: https://x.test/a.png' },
    'params',
    "input 'image'"
  ],
  [
    'unknown format',
    { ...t3d, formats: 'glb,gltf' },
    'formats',
    'glb, fbx, obj, usdz, stl, 3mf, blend, bvh, or all'
  ],
  ['blend outside remesh', { ...t3d, formats: 'blend' }, 'formats', 'cannot produce blend'],
  [
    'unknown download kind',
    { ...t3d, download: 'everything' },
    'download',
    'model, thumbnail, textures, images, animations, all, or none'
  ],
  ['all mixed with others', { ...t3d, download: 'all,model' }, 'download', 'mixes all/none'],
  [
    'output-dir escapes',
    { ...t3d, 'output-dir': '../out' },
    'output-dir',
    'relative to the workspace'
  ],
  [
    'output-dir absolute elsewhere',
    { ...t3d, 'output-dir': '/etc' },
    'output-dir',
    'outside the workspace'
  ],
  ['timeout zero', { ...t3d, 'timeout-minutes': '0' }, 'timeout-minutes', 'greater than 0'],
  ['timeout too long', { ...t3d, 'timeout-minutes': '361' }, 'timeout-minutes', 'at most 360'],
  [
    'timeout not a number',
    { ...t3d, 'timeout-minutes': '10m' },
    'timeout-minutes',
    'greater than 0'
  ],
  ['max-credits negative', { ...t3d, 'max-credits': '-5' }, 'max-credits', '0 or more'],
  ['max-credits fraction', { ...t3d, 'max-credits': '1.5' }, 'max-credits', 'whole number'],
  ['concurrency zero', { ...t3d, concurrency: '0' }, 'concurrency', 'from 1 to 100'],
  ['concurrency too high', { ...t3d, concurrency: '101' }, 'concurrency', 'from 1 to 100'],
  ['shard reversed', { ...t3d, shard: '3/2' }, 'shard', '1 <= i <= n <= 256'],
  ['shard too many', { ...t3d, shard: '1/300' }, 'shard', 'i/n'],
  ['shard not a fraction', { ...t3d, shard: 'first' }, 'shard', 'i/n'],
  ['shard zero', { ...t3d, shard: '0/4' }, 'shard', 'i/n'],
  ['base-url over http', { ...t3d, 'base-url': 'http://api.example.com' }, 'base-url', 'https'],
  [
    'base-url with the API path (doubled before)',
    { ...t3d, 'base-url': 'https://api.meshy.ai/openapi/v2' },
    'base-url',
    'https://host[:port]'
  ],
  [
    'base-url on a .localhost name over http',
    { ...t3d, 'base-url': 'http://evil.localhost:8080' },
    'base-url',
    'loopback'
  ],
  [
    'image is a text file',
    { task: 'image-to-3d', image: 'img/fake.png' },
    'image',
    'not a PNG, JPEG or WebP image'
  ],
  [
    'image symlink out of the workspace',
    { task: 'image-to-3d', image: 'img/escape.png' },
    'image',
    'outside the workspace'
  ],
  [
    'image path with ..',
    { task: 'image-to-3d', image: '../secret.png' },
    'image',
    'outside the workspace'
  ],
  [
    'image absolute path elsewhere',
    { task: 'image-to-3d', image: '/etc/hostname' },
    'image',
    'outside the workspace'
  ],
  [
    'image missing',
    { task: 'image-to-3d', image: 'img/nope.png' },
    'image',
    'was not found: looked for img/nope.png in the workspace'
  ],
  ['image is a folder', { task: 'image-to-3d', image: 'img' }, 'image', 'not a file'],
  ['image empty', { task: 'image-to-3d', image: 'img/empty.png' }, 'image', 'is empty'],
  ['image too large', { task: 'image-to-3d', image: 'img/huge.png' }, 'image', 'up to 20 MB'],
  [
    'image over ftp',
    { task: 'image-to-3d', image: 'ftp://example.com/a.png' },
    'image',
    'an https URL, a data URI'
  ],
  [
    'image over plain http',
    { task: 'image-to-3d', image: 'http://example.com/a.png' },
    'image',
    'http only for loopback'
  ],
  [
    'data URI without base64',
    { task: 'image-to-3d', image: 'data:image/png,abc' },
    'image',
    'data:<mime>;base64,<payload>'
  ],
  [
    'data URI with bad base64',
    { task: 'image-to-3d', image: 'data:image/png;base64,@@@=' },
    'image',
    'not valid base64'
  ],
  [
    'data URI holding text',
    { task: 'image-to-3d', image: dataUri('image/png', Buffer.from('not a png!')) },
    'image',
    'PNG, JPEG or WebP'
  ],
  [
    'model is text',
    { task: 'remesh', model: 'models/notes.glb' },
    'model',
    'GLB, glTF, OBJ, FBX or STL'
  ],
  [
    'glTF with side files',
    { task: 'remesh', model: 'models/split.gltf' },
    'model',
    'Use a .glb file'
  ],
  ['remesh without a model', { task: 'remesh' }, 'model', 'or input-task-id'],
  [
    'model and input-task-id',
    {
      task: 'rigging',
      model: 'models/chair.glb',
      'input-task-id': '01900004-0000-7000-8000-000000000004'
    },
    'model',
    'not both'
  ],
  [
    'two models',
    { task: 'remesh', model: 'models/chair.glb\nmodels/box.obj' },
    'model',
    'takes one model'
  ],
  [
    'retexture without style',
    { task: 'retexture', model: 'models/chair.glb' },
    'prompt',
    'not neither'
  ],
  [
    'retexture with two styles',
    { task: 'retexture', model: 'models/chair.glb', prompt: 'red', image: 'img/a.png' },
    'prompt',
    'not both'
  ],
  [
    'refine false with a preview id',
    {
      task: 'text-to-3d',
      'input-task-id': '01900005-0000-7000-8000-000000000005',
      refine: 'false'
    },
    'refine',
    'leaves nothing to do'
  ],
  [
    'prompt with a preview id',
    { task: 'text-to-3d', prompt: 'x', 'input-task-id': '01900005-0000-7000-8000-000000000005' },
    'prompt',
    'Remove prompt or input-task-id'
  ],
  [
    'ai-model on remesh',
    { task: 'remesh', model: 'models/chair.glb', 'ai-model': 'meshy-6' },
    'ai-model',
    'Inputs for remesh'
  ],
  ['ai-model with spaces', { ...t3d, 'ai-model': 'meshy 6' }, 'ai-model', 'such as meshy-7.1'],
  [
    'input-task-id on text-to-image',
    { task: 'text-to-image', prompt: 'p', 'input-task-id': '01900014-0000-7000-8000-000000000014' },
    'input-task-id',
    'Inputs for text-to-image'
  ],
  [
    'artifact name with a slash',
    { ...t3d, 'artifact-name': 'a/b' },
    'artifact-name',
    "Use letters, digits, '-'"
  ],
  [
    'bad preview branch',
    { ...t3d, 'preview-branch': 'a..b' },
    'preview-branch',
    'valid branch name'
  ]
]

describe('bad inputs fail before any request, naming the input and what it accepts', () => {
  test('the table is big enough', () => expect(BAD.length).toBeGreaterThanOrEqual(30))

  test.each(BAD)('%s', (_name, inputs, input, fragment) => {
    const err = failure(() => read(inputs))
    expect(err.input).toBe(input)
    expect(err.message).toContain(`Input '${input}'`)
    expect(err.message).toContain(fragment)
    expect(err.message).not.toContain(KEY)
  })
})

describe('api key', () => {
  test('no key and no test mode explains the secret', () => {
    const err = failure(() => read({ ...t3d, 'api-key': '' }))
    expect(err.input).toBe('api-key')
    expect(err.message).toContain('secrets.MESHY_API_KEY')
    expect(err.message).not.toContain('forks')
  })

  test('a fork pull request is told that secrets are withheld and offered test mode', () => {
    const eventPath = join(outside, 'event.json')
    const event = {
      pull_request: {
        head: { repo: { full_name: 'someone/fork' } },
        base: { repo: { full_name: 'org/repo' } }
      }
    }
    writeFileSync(eventPath, JSON.stringify(event))
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }
    const err = failure(() => read({ ...t3d, 'api-key': '' }, env))
    expect(err.message).toContain('forks')
    expect(err.message).toContain('test-mode: true')
  })

  test('a same-repo pull request is not called a fork', () => {
    const eventPath = join(outside, 'event-same.json')
    const event = {
      pull_request: {
        head: { repo: { full_name: 'org/repo' } },
        base: { repo: { full_name: 'org/repo' } }
      }
    }
    writeFileSync(eventPath, JSON.stringify(event))
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }
    expect(failure(() => read({ ...t3d, 'api-key': '' }, env)).message).not.toContain('forks')
  })

  test('pull_request_target from a fork warns loudly, pointing at the README', () => {
    const eventPath = join(outside, 'event-target.json')
    const pr = (head: string | null) => ({
      pull_request: {
        head: { repo: head === null ? null : { full_name: head } },
        base: { repo: { full_name: 'org/repo' } }
      }
    })
    const warningsFor = (event: string, head: string | null) => {
      writeFileSync(eventPath, JSON.stringify(pr(head)))
      const env = { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, MESHY_API_KEY: KEY }
      return configWarnings(read({ ...t3d, 'api-key': '' }, env), env)
    }
    const [warning] = warningsFor('pull_request_target', 'stranger/fork')
    expect(warning).toMatch(/^SECURITY: .*pull_request_target.*stranger\/fork/)
    expect(warning).toContain('Meshy API key')
    expect(warning).toContain('docs/security.md, "pull_request_target and forks"')
    expect(warningsFor('pull_request_target', null).join()).toContain('(deleted fork)')
    expect(warningsFor('pull_request_target', 'org/repo')).toEqual([])
    expect(warningsFor('pull_request', 'stranger/fork')).toEqual([])
  })

  test('dependabot is told the same', () => {
    const err = failure(() => read({ ...t3d, 'api-key': '' }, { GITHUB_ACTOR: 'dependabot[bot]' }))
    expect(err.message).toContain('Dependabot')
  })

  test('falls back to MESHY_API_KEY, and test mode uses the public key', () => {
    expect(read({ ...t3d, 'api-key': '' }, { MESHY_API_KEY: KEY }).apiKey).toBe(KEY)
    const test = read({ ...t3d, 'api-key': '', 'test-mode': 'TRUE' })
    expect(test.apiKey).toBe(TEST_MODE_KEY)
    expect(test.testMode).toBe(true)
  })

  test('a key without the msy prefix only warns', () => {
    const config = read({ ...t3d, 'api-key': 'sk-something' })
    expect(configWarnings(config).join('\n')).toContain("'msy'")
    expect(configWarnings(read(t3d))).toEqual([])
  })
})

describe('good inputs', () => {
  test('defaults', () => {
    const c = read(t3d)
    expect(c.baseUrl).toBe('https://api.meshy.ai')
    expect(c.wait).toBe(true)
    expect(c.summary).toBe(true)
    expect(c.prComment).toBe(false)
    expect(c.timeoutMs).toBe(30 * 60_000)
    expect(c.outputDir).toBe(join(ws, 'meshy-output'))
    expect(c.maxCredits).toBeUndefined()
    expect(c.concurrency).toBeUndefined()
    expect(c.shard).toBeUndefined()
    expect(c.mode).toBe('create')
    expect(c.spec).toMatchObject({
      task: 'text-to-3d',
      prompt: 'a chair',
      refine: true,
      formats: ['glb'],
      formatsExplicit: false,
      download: ['model', 'thumbnail'],
      params: {}
    })
  })

  test.each([
    ['YES', true],
    ['on', true],
    ['1', true],
    ['False', false],
    ['OFF', false],
    ['0', false],
    ['no', false]
  ])('boolean %s', (word, value) => {
    expect(read({ ...t3d, wait: word }).wait).toBe(value)
  })

  test('numbers, shard, base-url, comment-key and paths', () => {
    const c = read({
      manifest: 'assets.yml',
      'timeout-minutes': '1.5',
      'max-credits': '0',
      concurrency: '10',
      shard: '2/4',
      'base-url': 'http://127.0.0.1:8080/',
      'comment-key': 'previews',
      'output-dir': 'out/models',
      'artifact-name': 'meshy-models'
    })
    expect(c.timeoutMs).toBe(90_000)
    expect(c.maxCredits).toBe(0)
    expect(c.concurrency).toBe(10)
    expect(c.shard).toEqual({ index: 2, total: 4 })
    expect(c.baseUrl).toBe('http://127.0.0.1:8080')
    expect(c.commentKey).toBe('previews')
    expect(c.outputDir).toBe(join(ws, 'out', 'models'))
  })

  test('image-to-3d reads a workspace PNG as a data URI with its hash', () => {
    const spec = read({ task: 'image-to-3d', image: 'img/a.png', 'texture-prompt': 'wood' }).spec!
    expect(spec.images).toHaveLength(1)
    expect(spec.images[0].value).toBe(dataUri('image/png', PNG))
    expect(spec.images[0].file).toEqual({
      path: 'img/a.png',
      sha256: createHash('sha256').update(PNG).digest('hex'),
      bytes: PNG.length,
      mime: 'image/png'
    })
  })

  test('multi-image-to-3d mixes a file, a JPEG, a URL and a data URI', () => {
    const url = 'https://example.com/side.png?sig=1'
    const spec = read({
      task: 'multi-image-to-3d',
      image: `img/a.png\n img/b.jpg \n${url}\n${dataUri('image/jpeg', JPEG)}\n`
    }).spec!
    expect(spec.images.map(i => i.value.slice(0, 22))).toEqual([
      'data:image/png;base64,',
      'data:image/jpeg;base64',
      url.slice(0, 22),
      'data:image/jpeg;base64'
    ])
    expect(spec.images[2].file).toBeUndefined()
  })

  test('image-to-3d and remesh may chain from an earlier task instead of a file', () => {
    expect(
      read({ task: 'image-to-3d', 'input-task-id': '01900006-0000-7000-8000-000000000006' }).spec!
        .images
    ).toEqual([])
    expect(
      read({ task: 'remesh', 'input-task-id': '01900007-0000-7000-8000-000000000007' }).spec!.model
    ).toBeUndefined()
  })

  test('text-to-texture takes a GLB from the workspace', () => {
    const spec = read({
      task: 'text-to-texture',
      prompt: 'rusty metal',
      model: 'models/chair.glb'
    }).spec!
    expect(spec.model!.value).toBe(dataUri('model/gltf-binary', glb()))
    expect(spec.model!.file!.mime).toBe('model/gltf-binary')
  })

  test('retexture with an image style and a source task', () => {
    const spec = read({
      task: 'retexture',
      'input-task-id': '01900008-0000-7000-8000-000000000008',
      image: 'img/b.jpg'
    }).spec!
    expect(spec.images[0].file!.mime).toBe('image/jpeg')
    expect(spec.inputTaskId).toBe('01900008-0000-7000-8000-000000000008')
  })

  test('remesh takes a binary STL and blend; explicit formats are flagged', () => {
    const spec = read({ task: 'remesh', model: 'models/part.stl', formats: 'blend, FBX' }).spec!
    expect(spec.model!.file!.bytes).toBe(84 + 100)
    expect(spec.formats).toEqual(['blend', 'fbx'])
    expect(spec.formatsExplicit).toBe(true)
  })

  test('remesh takes OBJ and a self-contained glTF', () => {
    expect(read({ task: 'remesh', model: 'models/box.obj' }).spec!.model!.value).toMatch(
      /^data:application\/octet-stream;base64,/
    )
    expect(read({ task: 'remesh', model: 'models/inline.gltf' }).spec!.model!.file!.mime).toBe(
      'model/gltf+json'
    )
  })

  test('rigging takes a model URL; formats all means what rigging makes', () => {
    const spec = read({
      task: 'rigging',
      model: 'https://example.com/char.glb',
      formats: 'all'
    }).spec!
    expect(spec.model).toEqual({ value: 'https://example.com/char.glb' })
    expect(spec.formats).toEqual(['glb', 'fbx'])
  })

  test('formats all on text-to-3d leaves out blend', () => {
    expect(read({ ...t3d, formats: 'all' }).spec!.formats).toEqual([
      'glb',
      'obj',
      'fbx',
      'stl',
      'usdz',
      '3mf'
    ])
  })

  test('animation', () => {
    const spec = read({
      task: 'animation',
      'input-task-id': '01900003-0000-7000-8000-000000000003',
      'action-id': '92'
    }).spec!
    expect(spec.actionId).toBe(92)
    expect(spec.inputTaskId).toBe('01900003-0000-7000-8000-000000000003')
  })

  test('text-to-image and image-to-image', () => {
    expect(
      read({ task: 'text-to-image', prompt: 'a cat', download: 'images' }).spec!.download
    ).toEqual(['images'])
    const spec = read({
      task: 'image-to-image',
      prompt: 'in winter',
      image: 'img/a.png\nimg/b.jpg'
    }).spec!
    expect(spec.images).toHaveLength(2)
  })

  test('text-to-3d refine false, YAML params and download none', () => {
    const spec = read({
      ...t3d,
      refine: 'no',
      params: 'topology: quad\ntarget_polycount: 5000',
      download: 'none'
    }).spec!
    expect(spec.refine).toBe(false)
    expect(spec.params).toEqual({ topology: 'quad', target_polycount: 5000 })
    expect(spec.download).toEqual([])
  })

  test('params may set a field whose input was left at its default', () => {
    const spec = read({
      task: 'text-to-image',
      prompt: 'p',
      params: '{"ai_model": "nano-banana-pro", "target_formats": ["glb"]}'
    }).spec!
    expect(spec.params.ai_model).toBe('nano-banana-pro')
  })

  test('picking up a task ignores the task inputs and needs no prompt', () => {
    const bare = read({
      'task-id': '01900009-0000-7000-8000-000000000009',
      prompt: 'x'.repeat(700),
      formats: 'fbx',
      download: 'all'
    })
    expect(bare).toMatchObject({
      mode: 'pick-up',
      taskId: '01900009-0000-7000-8000-000000000009',
      task: undefined
    })
    expect(bare.spec).toBeUndefined()
    expect(bare.selection).toEqual({
      formats: ['fbx'],
      download: ['model', 'thumbnail', 'textures', 'images', 'animations']
    })
    const typed = read({ 'task-id': '01900009-0000-7000-8000-000000000009', task: 'rigging' })
    expect(typed).toMatchObject({
      mode: 'pick-up',
      task: 'rigging',
      selection: { formats: ['glb'], download: ['model', 'thumbnail'] }
    })
  })

  test('batch mode leaves the spec to the manifest', () => {
    const c = read({ manifest: 'assets.yml', lockfile: 'assets.lock' })
    expect(c.mode).toBe('batch')
    expect(c.spec).toBeUndefined()
    expect(c.manifest).toBe('assets.yml')
    expect(c.lockfile).toBe('assets.lock')
  })
})

describe('buildTaskSpec for manifests', () => {
  const where = (field: string) => `assets.mascot.${field} (line 7)`

  test('paths resolve from the manifest folder and errors say where', () => {
    const base = join(ws, 'assets')
    const spec = buildTaskSpec(
      { task: 'image-to-3d', image: 'concept/mascot.png' },
      { workspace: ws, baseDir: base, where }
    )
    expect(spec.images[0].file!.path).toBe('assets/concept/mascot.png')
    const err = failure(() =>
      buildTaskSpec(
        { task: 'image-to-3d', image: 'mascot.png' },
        { workspace: ws, baseDir: base, where }
      )
    )
    expect(err.message).toContain("Input 'assets.mascot.image (line 7)'")
  })

  test('manifest values may be YAML-typed', () => {
    const spec = buildTaskSpec(
      {
        task: 'animation',
        'input-task-id': '01900003-0000-7000-8000-000000000003',
        'action-id': 7,
        refine: true,
        params: { post_process: { fps: 24 } },
        formats: ['glb', 'fbx']
      },
      { workspace: ws, baseDir: ws }
    )
    expect(spec.actionId).toBe(7)
    expect(spec.params).toEqual({ post_process: { fps: 24 } })
    expect(spec.formats).toEqual(['glb', 'fbx'])
  })

  test('a missing task names the asset field', () => {
    expect(
      failure(() => buildTaskSpec({ prompt: 'x' }, { workspace: ws, baseDir: ws, where })).input
    ).toBe('assets.mascot.task (line 7)')
  })
})
