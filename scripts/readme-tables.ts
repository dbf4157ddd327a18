// Writes the inputs and outputs tables of README.md from action.yml, the costs table from the
// price list (src/tasks/price-list.ts) and the models table from the model lifecycle table
// (src/tasks/models.ts), between the markers.
// `tsx scripts/readme-tables.ts --check` exits 1 when README.md is out of date (the tests run it).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import { modelsOf, RETIREMENT_NOTICE_DAYS } from '../src/tasks/models.js'
import { costRows } from '../src/tasks/price-list.js'

interface Meta {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

/**
 * One table cell. Outside `code spans`, < and > are escaped: GitHub would take
 * <output-dir>/<task-id>/ for HTML tags and show nothing.
 */
const cell = (text: string) =>
  text
    .split(/(`[^`]*`)/)
    .map(part => (part.startsWith('`') ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')

export function renderCosts(): string {
  return [
    '| task | when | credits |',
    '|---|---|---|',
    ...costRows().map(([task, when, credits]) => `| ${cell(task)} | ${cell(when)} | ${credits} |`)
  ].join('\n')
}

/** Every model the lifecycle table knows, with its retirement day and replacement. */
export function renderModels(): string {
  const rows = (['ai_model', 'texture_model'] as const).flatMap(role =>
    modelsOf(role).map(m => {
      const input = role === 'ai_model' ? '`ai-model`' : '`texture-model`'
      const replacement = m.replacement ? `\`${m.replacement}\`` : ''
      return `| \`${m.name}\` | ${input} | ${m.retires ?? ''} | ${replacement} |`
    })
  )
  return [
    `| model | input | refused from (warns ${RETIREMENT_NOTICE_DAYS} days before) | Meshy's replacement |`,
    '|---|---|---|---|',
    ...rows
  ].join('\n')
}

export function renderTables(meta: Meta): {
  inputs: string
  outputs: string
  costs: string
  models: string
} {
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(meta.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`
    )
  ].join('\n')
  const outputs = [
    '| output | description |',
    '|---|---|',
    ...Object.entries(meta.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)
  ].join('\n')
  return { inputs, outputs, costs: renderCosts(), models: renderModels() }
}

export function updateReadme(readme: string, meta: Meta): string {
  const tables = renderTables(meta)
  let out = readme
  for (const [key, table] of Object.entries(tables)) {
    const re = new RegExp(`(<!-- ${key}:start -->\\n)[\\s\\S]*?(<!-- ${key}:end -->)`)
    if (!re.test(out)) throw new Error(`README.md lacks the <!-- ${key}:start/end --> markers`)
    out = out.replace(re, `$1${table}\n$2`)
  }
  return out
}

function main(): void {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Meta
  const path = join(REPO_ROOT, 'README.md')
  const readme = readFileSync(path, 'utf8')
  const updated = updateReadme(readme, meta)
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error(
        'README.md tables differ from action.yml or the price list: run `npx tsx scripts/readme-tables.ts`'
      )
      process.exit(1)
    }
    return
  }
  writeFileSync(path, updated)
}

if (process.argv[1]?.endsWith('readme-tables.ts')) main()
