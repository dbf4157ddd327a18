// The generated tables (scripts/readme-tables.ts) may not drift from their sources: the README's
// grouped input and output names and docs/inputs.md's full tables from action.yml,
// docs/credits.md's costs from the price list and its models from the model lifecycle table.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { INPUT_GROUPS } from '../scripts/readme-groups.js'
import { renderCosts, renderGroups, tableFiles, TABLE_HOMES } from '../scripts/readme-tables.js'
import { creditsFor, PRICES } from '../src/tasks/price-list.js'
import { readConfig } from '../src/config/inputs.js'
import { REPO_ROOT } from './harness/run-action.js'
import { removeTempDir, tempDir } from './harness/temp-dirs.js'

test('the generated tables of the README and docs/ match action.yml and the price list', () => {
  const files = tableFiles()
  expect(files.map(f => f.path).sort()).toEqual(Object.keys(TABLE_HOMES).sort())
  for (const f of files)
    expect({ path: f.path, text: f.updated }).toEqual({ path: f.path, text: f.text })
})

test('the README names every input and output of action.yml, grouped by mode', () => {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>
    outputs: Record<string, unknown>
  }
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const groups = (key: string) =>
    new RegExp(`<!-- ${key}:start -->\\n([\\s\\S]*?)<!-- ${key}:end -->`).exec(readme)?.[1] ?? ''
  for (const name of Object.keys(meta.inputs))
    expect(groups('input-groups')).toContain(`\`${name}\``)
  for (const name of Object.keys(meta.outputs))
    expect(groups('output-groups')).toContain(`\`${name}\``)
  // A new input that no group names fails the generator, and so the test above.
  const declared = [...Object.keys(meta.inputs), 'new-input']
  expect(() => renderGroups('input', INPUT_GROUPS, declared)).toThrow(/in none \[new-input\]/)
})

test('the costs table in docs/credits.md is the price list the estimate and the fake use', () => {
  const credits = readFileSync(join(REPO_ROOT, 'docs', 'credits.md'), 'utf8')
  const section = /<!-- costs:start -->\n([\s\S]*?)\n<!-- costs:end -->/.exec(credits)?.[1]
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
