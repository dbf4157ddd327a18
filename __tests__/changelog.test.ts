// CHANGELOG.md keeps the Keep a Changelog shape the release workflow relies on, and the version
// in package.json is a release it describes.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkChangelog, releaseNotes, sections } from '../scripts/changelog.js'
import { REPO_ROOT } from './harness/run-action.js'

const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8')

test('CHANGELOG.md: [Unreleased] first, then dated semver releases, newest first, with links', () => {
  expect(checkChangelog(changelog)).toEqual([])
})

test("package.json's version has its section, so a tag of it gets release notes", () => {
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string
  }
  expect(releaseNotes(changelog, version)).toMatch(/\S/)
})

test('the checks fail on a broken changelog', () => {
  const bad = '# Changelog\n\n## [1.0] - 2026-01-01\n\n- x\n\n## [0.9.0]\n\n- y\n'
  expect(checkChangelog(bad)).toEqual(
    expect.arrayContaining([
      'the first section must be ## [Unreleased]',
      '## [1.0] is not a semver version',
      '## [0.9.0] has no date (## [x.y.z] - YYYY-MM-DD)'
    ])
  )
  expect(() => releaseNotes(bad, '2.0.0')).toThrow(/no "## \[2.0.0\]/)
  expect(sections(bad).map(s => s.name)).toEqual(['1.0', '0.9.0'])
})
