// The README's inputs and outputs tables are generated from action.yml, and its costs table from
// the price list; none may drift from its source.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { renderCosts, updateReadme } from '../scripts/readme-tables.js'
import { creditsFor, PRICES } from '../src/tasks/price-list.js'
import { readConfig } from '../src/config/inputs.js'
import { REPO_ROOT } from './harness/run-action.js'
import { removeTempDir, tempDir } from './harness/temp-dirs.js'

test('README tables match action.yml and the price list', () => {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  expect(updateReadme(readme, meta)).toBe(readme)
})

test('the README costs table is the price list the estimate and the fake use', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const section = /<!-- costs:start -->\n([\s\S]*?)\n<!-- costs:end -->/.exec(readme)?.[1]
  expect(section).toBe(renderCosts())
  // Spot checks that the rows say what the rules compute.
  const textured = creditsFor('text-to-3d', { should_texture: true })
  const mesh = creditsFor('text-to-3d', { should_texture: false })
  expect(section).toContain(`latest (the default), any other model | ${textured} / ${mesh} |`)
  expect(textured).toBe(
    creditsFor('text-to-3d-preview', {})! + creditsFor('text-to-3d-refine', {})!
  )
  expect(section).toContain(`| texture_resolution 8k | +${PRICES.texture8k} |`)
  expect(creditsFor('retexture', { texture_resolution: '8k' })).toBe(15)
})

test('README gives the demo and test commands that .ci/run uses', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const ci = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8')
  expect(readme).toContain('npm ci && npm run demo')
  expect(readme).toContain('npm ci && npm test')
  expect(ci).toMatch(/^npm test$/m)
})

test('action.yml declares every input the code reads, and the code reads every input it declares', () => {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))
  const read = new Set<string>()
  const ws = tempDir('readme')
  try {
    readConfig(
      name => {
        read.add(name)
        return { 'test-mode': 'true', task: 'text-to-3d', prompt: 'a crate' }[name] ?? ''
      },
      { GITHUB_WORKSPACE: ws }
    )
  } finally {
    removeTempDir(ws)
  }
  expect([...read].sort()).toEqual(Object.keys(meta.inputs).sort())
  expect(meta.runs).toEqual({
    using: 'node24',
    main: 'dist/index.js',
    post: 'dist/post/index.js',
    'post-if': 'always()'
  })
})

test('ai-model is documented as the action behaves: image tasks always send a model', () => {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string }>
  }
  const text = meta.inputs['ai-model'].description
  expect(text).toMatch(/text-to-image and image-to-image always send a model/)
  expect(text).toMatch(/nano-banana/)
  expect(text).toMatch(/retired model .* fails before any request/)
})
