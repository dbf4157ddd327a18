// GitHub shows 10 error and 10 warning annotations per step. A manifest with eleven problems,
// through the bundled action: each located on its line of the manifest until the cap, the rest
// folded into one "and N more" annotation and listed in the job summary; the failure message
// always shows. Also the fold itself, and a lockfile error's line.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { foldAnnotations, LIVE_ANNOTATIONS } from '../src/action/annotations.js'
import { parseLockfile } from '../src/batch/lockfile/lockfile.js'
import { ConfigurationError } from '../src/core/errors.js'
import { memoryLogger } from '../src/core/log.js'
import { newWorkspace, runAction } from './harness/run-action.js'

test('a manifest with eleven problems: ten error annotations, located, the rest folded', async () => {
  const workspace = newWorkspace()
  mkdirSync(join(workspace, 'assets'))
  const assets = Array.from(
    { length: 11 },
    (_, i) => `  prop-${i}:\n    task: text-to-3d\n    prompt: a crate\n    formats: glb,gif\n`
  )
  writeFileSync(join(workspace, 'assets', 'meshy.yml'), `assets:\n${assets.join('')}`)
  const run = await runAction({
    workspace,
    inputs: { manifest: 'assets/meshy.yml', 'base-url': 'https://127.0.0.1:9' },
    env: { MESHY_API_KEY: 'msy_unused_key_for_a_manifest_error_0000' }
  })
  expect(run.code).toBe(1)
  const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'))
  expect(errors).toHaveLength(10)
  const located = errors.filter(l => l.startsWith('::error file=assets/meshy.yml,line='))
  expect(located).toHaveLength(LIVE_ANNOTATIONS.error)
  // The first problem is on line 5 (prop-0's formats), each next asset four lines further.
  expect(located[0]).toMatch(/^::error file=assets\/meshy\.yml,line=5::.*formats/)
  expect(located[1]).toMatch(/line=9::/)
  expect(errors[8]).toMatch(/^::error::Input 'manifest': meshy\.yml has 11 problems/)
  expect(errors[9]).toBe('::error::… and 3 more errors: see the job summary.')
  // The folded ones are still in the log, as plain lines, and in the summary.
  expect(run.stdout).toMatch(/^error: assets\.prop-10\.formats \(line 45\)/m)
  expect(run.summary).toContain('3 more annotation(s) than GitHub shows for one step')
  expect(run.summary).toContain('prop-10.formats &#40;line 45&#41;')
}, 60_000)

test('the fold: the first of each kind pass, the rest become one counting annotation', () => {
  const sink = memoryLogger()
  const fold = foldAnnotations(sink)
  for (let i = 1; i <= 12; i++) fold.logger.warning(`w${i}`)
  for (let i = 1; i <= 11; i++) fold.logger.error(`e${i}`, { file: 'a.yml', line: i })
  const folded = fold.close('the job summary')
  const kind = (k: string) => sink.lines.filter(l => l.startsWith(`${k}: `))
  expect(kind('warning')).toHaveLength(10)
  expect(kind('warning').at(-1)).toBe('warning: … and 3 more warnings: see the job summary.')
  // Eight errors and the fold: the step's failure message (core.setFailed) is the tenth.
  expect(kind('error')).toHaveLength(9)
  expect(kind('error')[0]).toBe('error: e1 [a.yml:1]')
  expect(folded).toEqual({ error: ['e9', 'e10', 'e11'], warning: ['w10', 'w11', 'w12'] })
  expect(kind('info')).toContain('info: warning: w12')
  // Closed once: a cancelled run closes early, and run() again as it unwinds.
  expect(fold.close('the job summary')).toEqual({ error: [], warning: [] })
  expect(kind('warning')).toHaveLength(10)
})

test('a bad lockfile entry is located on the line of its asset', () => {
  const entry = (hash: string) =>
    `{"credits": 0, "files": [], "hash": "${hash}", "model": "", "status": "SUCCEEDED", ` +
    '"task": "text-to-3d", "task-ids": [], "updated": "2026-01-01T00:00:00.000Z"}'
  const text = [
    '{',
    '  "assets": {',
    `    "chair": ${entry(`sha256:${'a'.repeat(64)}`)},`,
    `    "lamp": ${entry('sha256:nothex')}`,
    '  },',
    '  "version": 1',
    '}'
  ].join('\n')
  let error: unknown
  try {
    parseLockfile(text, 'assets/meshy-lock.json', { now: Date.parse('2026-02-01') })
  } catch (err) {
    error = err
  }
  expect(error).toBeInstanceOf(ConfigurationError)
  expect((error as ConfigurationError).places).toEqual([
    { file: 'assets/meshy-lock.json', line: 4, message: expect.stringContaining("asset 'lamp'") }
  ])
})
