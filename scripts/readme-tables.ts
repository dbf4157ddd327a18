// Writes the generated tables of the README and the docs between their markers: the input and
// output names grouped by mode in README.md and the full inputs and outputs tables in
// docs/inputs.md (from action.yml), the costs table (from the price list, src/tasks/price-list.ts)
// and the models table (from the model lifecycle table, src/tasks/models.ts) in docs/credits.md.
// `tsx scripts/readme-tables.ts --check` exits 1 when a file is out of date (the tests run it).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import { modelsOf, RETIREMENT_NOTICE_DAYS } from '../src/tasks/models.js'
import { costRows } from '../src/tasks/price-list.js'
import { INPUT_GROUPS, OUTPUT_GROUPS, type Group } from './readme-groups.js'

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

/**
 * The README's short table: one row per mode. Every declared name must sit in exactly one group
 * and every grouped name must be declared, so a new input cannot be missing from the README.
 */
export function renderGroups(
  kind: 'input' | 'output',
  groups: Group[],
  declared: string[]
): string {
  const grouped = groups.flatMap(g => g.names)
  const twice = grouped.filter((name, i) => grouped.indexOf(name) !== i)
  const missing = declared.filter(name => !grouped.includes(name))
  const unknown = grouped.filter(name => !declared.includes(name))
  if (twice.length || missing.length || unknown.length) {
    throw new Error(
      `${kind} groups: in two groups [${twice.join(', ')}], in none [${missing.join(', ')}], ` +
        `not in action.yml [${unknown.join(', ')}]`
    )
  }
  return [
    `| mode | ${kind}s | details |`,
    '|---|---|---|',
    ...groups.map(g => {
      const names = g.names.map(name => `\`${name}\``).join(', ')
      return `| ${g.mode} | ${names} | [${g.page.replace(/^docs\/|#.*$/g, '')}](${g.page}) |`
    })
  ].join('\n')
}

export interface Tables {
  inputs: string
  outputs: string
  costs: string
  models: string
  'input-groups': string
  'output-groups': string
}

/** docs/inputs.md's table: every input with its default and description. */
export function renderInputs(inputs: Meta['inputs']): string {
  return [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`
    )
  ].join('\n')
}

/** docs/inputs.md's table: every output with its description. */
export function renderOutputs(outputs: Meta['outputs']): string {
  return [
    '| output | description |',
    '|---|---|',
    ...Object.entries(outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)
  ].join('\n')
}

export function renderTables(meta: Meta): Tables {
  return {
    inputs: renderInputs(meta.inputs),
    outputs: renderOutputs(meta.outputs),
    costs: renderCosts(),
    models: renderModels(),
    'input-groups': renderGroups('input', INPUT_GROUPS, Object.keys(meta.inputs)),
    'output-groups': renderGroups('output', OUTPUT_GROUPS, Object.keys(meta.outputs))
  }
}

/** Which file holds which generated tables (paths relative to the repository). */
export const TABLE_HOMES: Record<string, Array<keyof Tables>> = {
  'README.md': ['input-groups', 'output-groups'],
  'docs/inputs.md': ['inputs', 'outputs'],
  'docs/credits.md': ['costs', 'models']
}

/** `text` with the named tables written between their markers. */
export function updateTables(
  file: string,
  text: string,
  tables: Tables,
  keys: Array<keyof Tables>
): string {
  let out = text
  for (const key of keys) {
    const re = new RegExp(`(<!-- ${key}:start -->\\n)[\\s\\S]*?(<!-- ${key}:end -->)`)
    if (!re.test(out)) throw new Error(`${file} lacks the <!-- ${key}:start/end --> markers`)
    out = out.replace(re, `$1${tables[key]}\n$2`)
  }
  return out
}

/** Every home of a generated table, as it is and as it should be. */
export function tableFiles(): Array<{ path: string; text: string; updated: string }> {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Meta
  const tables = renderTables(meta)
  return Object.entries(TABLE_HOMES).map(([path, keys]) => {
    const text = readFileSync(join(REPO_ROOT, path), 'utf8')
    return { path, text, updated: updateTables(path, text, tables, keys) }
  })
}

function main(): void {
  const stale = tableFiles().filter(f => f.updated !== f.text)
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(
        `${stale.map(f => f.path).join(', ')}: tables differ from action.yml or the price list: ` +
          'run `npx tsx scripts/readme-tables.ts`'
      )
      process.exit(1)
    }
    return
  }
  for (const f of stale) writeFileSync(join(REPO_ROOT, f.path), f.updated)
}

if (process.argv[1]?.endsWith('readme-tables.ts')) main()
