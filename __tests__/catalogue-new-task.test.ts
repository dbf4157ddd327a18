// "Adding a task type is one catalogue entry": a made-up task type, added here as ONE entry of
// the catalogue (its inputs, rules, request and price), runs end to end through run() against the
// fake Meshy, which serves the made-up resource through its generic hook. Nothing else changes.
import { rmSync } from 'node:fs'
import { run } from '../src/action/main.js'
import { clearSecrets } from '../src/core/redact.js'
import { CATALOGUE, oneStep, taskTypes, type TaskKind } from '../src/tasks/catalogue.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { fakeDeps } from './harness/fake-deps.js'
import { newWorkspace } from './harness/run-action.js'

const WIDGET = 'text-to-widget'
const PATH = '/openapi/v2/text-to-widget'

/** The one entry. */
const widget: TaskKind = oneStep(
  {
    task: WIDGET,
    resource: { version: 'v2', path: 'text-to-widget', type: 'widget' },
    meshyTypes: ['widget'],
    accepts: {
      prompt: 'required',
      texturePrompt: false,
      images: null,
      model: 'no',
      inputTaskId: 'no',
      actionId: false,
      refine: false,
      targetFormats: true,
      aiModel: false,
      promptMaxChars: 40,
      check: (spec, fail) => {
        if (spec.params.teeth === 0) fail('params', 'a widget needs at least one tooth.')
      }
    },
    fields: ['prompt', 'target_formats', 'teeth'],
    formats: ['glb', 'fbx']
  },
  spec => ({
    prompt: spec.prompt,
    ...(spec.formatsExplicit ? { target_formats: spec.formats } : {})
  }),
  () => 7
)

let fake: FakeMeshy
beforeAll(async () => {
  CATALOGUE[WIDGET] = widget
  fake = await startFakeMeshy({
    durationMs: 200,
    keepAliveMs: 100,
    resources: [
      {
        path: PATH,
        type: 'widget',
        price: 7,
        result: 'model',
        check: body => (typeof body.prompt === 'string' ? undefined : 'Missing prompt')
      }
    ]
  })
})
afterAll(async () => {
  delete CATALOGUE[WIDGET]
  await fake.close()
})
afterEach(() => {
  clearSecrets()
  fake.reset()
})

async function runWith(inputs: Record<string, string>) {
  const ws = newWorkspace()
  const given = {
    'base-url': fake.url,
    'api-key': FAKE_API_KEY,
    'timeout-minutes': '2',
    summary: 'false',
    ...inputs
  }
  const { deps, outputs, failed } = fakeDeps(given, { GITHUB_WORKSPACE: ws })
  try {
    await run(deps)
  } finally {
    rmSync(ws, { recursive: true, force: true })
  }
  return { outputs, failed }
}

test('the new type is in the task list that inputs and hints use', () => {
  expect(taskTypes()).toContain(WIDGET)
})

test('a made-up task type runs end to end: create, wait, download, outputs, credits', async () => {
  const { outputs, failed } = await runWith({
    task: WIDGET,
    prompt: 'a brass gear',
    formats: 'glb,fbx',
    'max-credits': '7'
  })
  expect(failed).toEqual([])
  const creates = fake.creates()
  expect(creates).toHaveLength(1)
  expect(creates[0].path).toBe(PATH)
  expect(creates[0].body).toEqual({ prompt: 'a brass gear', target_formats: ['glb', 'fbx'] })
  expect(outputs.status).toBe('SUCCEEDED')
  expect(outputs['task-type']).toBe('widget') // Meshy's task type
  expect(outputs.credits).toBe('7')
  const files = (JSON.parse(outputs.files) as string[]).map(f => f.split('/').pop())
  expect(files).toEqual(['model.glb', 'model.fbx', 'thumbnail.png'])
})

test("the entry's own rules are checked before any request", async () => {
  const long = await runWith({ task: WIDGET, prompt: 'x'.repeat(41) })
  expect(long.failed[0]).toMatch(/Input 'prompt'.*at most 40/)
  const rule = await runWith({ task: WIDGET, prompt: 'a gear', params: '{"teeth": 0}' })
  expect(rule.failed[0]).toMatch(/Input 'params'.*at least one tooth/)
  const image = await runWith({
    task: WIDGET,
    prompt: 'a gear',
    image: 'https://example.com/a.png'
  })
  expect(image.failed[0]).toMatch(/text-to-widget does not take an image/)
  const format = await runWith({ task: WIDGET, prompt: 'a gear', formats: 'usdz' })
  expect(format.failed[0]).toMatch(/cannot produce usdz/)
  expect(fake.requests).toHaveLength(0)
})
