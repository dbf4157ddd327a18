// CHANGELOG.md as data: its version sections, checked for the Keep a Changelog shape, and one
// release's notes for the release workflow:
//   npx tsx scripts/changelog.ts notes 1.2.3   prints the body of "## [1.2.3] - <date>"
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'

export interface Section {
  /** "Unreleased" or a semver version without the v. */
  name: string
  date?: string
  body: string
}

const HEADING = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/

export function sections(changelog: string): Section[] {
  const out: Section[] = []
  let current: { name: string; date?: string; lines: string[] } | undefined
  const close = () => {
    if (current) out.push({ name: current.name, date: current.date, body: trimBody(current.lines) })
  }
  for (const line of changelog.split('\n')) {
    const m = HEADING.exec(line)
    if (m) {
      close()
      current = { name: m[1], date: m[2], lines: [] }
    } else if (/^## /.test(line) || /^\[[^\]]+\]: /.test(line)) {
      close()
      current = undefined
    } else current?.lines.push(line)
  }
  close()
  return out
}

const trimBody = (lines: string[]) => lines.join('\n').trim()

/** Problems with the changelog's shape; empty when it is fine. */
export function checkChangelog(changelog: string): string[] {
  const problems: string[] = []
  const all = sections(changelog)
  if (all[0]?.name !== 'Unreleased') problems.push('the first section must be ## [Unreleased]')
  const releases = all.filter(s => s.name !== 'Unreleased')
  for (const s of releases) {
    if (!SEMVER.test(s.name)) problems.push(`## [${s.name}] is not a semver version`)
    if (!s.date) problems.push(`## [${s.name}] has no date (## [x.y.z] - YYYY-MM-DD)`)
    if (!s.body) problems.push(`## [${s.name}] is empty`)
    if (!changelog.includes(`\n[${s.name}]: `)) problems.push(`[${s.name}] has no link at the end`)
  }
  const dates = releases.map(s => s.date ?? '')
  if (dates.some((d, i) => i > 0 && d > dates[i - 1]))
    problems.push('releases are not newest first')
  return problems
}

/** The notes of one release, for the GitHub release; throws when the section is missing. */
export function releaseNotes(changelog: string, version: string): string {
  const section = sections(changelog).find(s => s.name === version)
  if (!section?.body) throw new Error(`CHANGELOG.md has no "## [${version}] - <date>" section`)
  return `${section.body}\n`
}

function main(): void {
  const [command, version] = process.argv.slice(2)
  const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8')
  if (command !== 'notes' || !version) throw new Error('usage: changelog.ts notes <x.y.z>')
  process.stdout.write(releaseNotes(changelog, version))
}

if (process.argv[1]?.endsWith('changelog.ts')) main()
