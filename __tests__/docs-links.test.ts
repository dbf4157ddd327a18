// Issue 27: the README is short and sends readers to docs/ for the rest, so a link that leads
// nowhere loses them. Every relative link and picture of the repository's Markdown pages must
// name a file that exists and, with a #fragment, a heading of that file (as GitHub makes its
// anchors). And every docs page is linked from the README, so none is left unreachable.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { REPO_ROOT } from './harness/run-action.js'

const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'CHANGELOG.md',
  'bench/README.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]

/** The text outside fenced blocks and code spans: a link in code is an example, not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-')
}

/** The anchors of a page's headings; a repeated heading gets -1, -2, ... as on GitHub. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  const withoutFences = markdown.replace(/^```[\s\S]*?^```$/gm, '')
  for (const [, text] of withoutFences.matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const base = anchorOf(text)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.add(n === 0 ? base : `${base}-${n}`)
  }
  return out
}

/** Relative link targets of a page: `[text](target)` and `![alt](target)`. */
function links(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map(m => m[1])
    .filter(target => !/^[a-z]+:/i.test(target))
}

/** What is wrong with one link of `page`, or nothing. */
function problem(page: string, target: string): string | undefined {
  const [path, fragment] = target.split('#') as [string, string | undefined]
  const file = path ? normalize(join(dirname(page), decodeURIComponent(path))) : page
  if (!existsSync(join(REPO_ROOT, file))) return `${page}: ${target}: no file ${file}`
  if (fragment === undefined || !file.endsWith('.md')) return undefined
  const text = readFileSync(join(REPO_ROOT, file), 'utf8')
  if (!anchors(text).has(fragment)) return `${page}: ${target}: no heading #${fragment} in ${file}`
  return undefined
}

test('GitHub anchors are made as GitHub makes them', () => {
  expect(anchorOf('Plan mode: the spend on the pull request, before anyone pays')).toBe(
    'plan-mode-the-spend-on-the-pull-request-before-anyone-pays'
  )
  expect(anchorOf('API v2: entries made by release 1.0')).toBe('api-v2-entries-made-by-release-10')
  expect(anchorOf("The PR comment's signature")).toBe('the-pr-comments-signature')
  expect(anchorOf('pull_request_target and forks')).toBe('pull_request_target-and-forks')
})

test('every relative link and picture of the Markdown pages leads somewhere', () => {
  const found = PAGES.flatMap(page =>
    links(readFileSync(join(REPO_ROOT, page), 'utf8')).map(target => ({ page, target }))
  )
  expect(found.length).toBeGreaterThan(50)
  const problems = found.flatMap(({ page, target }) => problem(page, target) ?? [])
  expect(problems).toEqual([])
})

test('the check finds a missing file and a missing heading (it can fail)', () => {
  expect(problem('README.md', 'docs/nowhere.md')).toMatch(/no file docs\/nowhere\.md/)
  expect(problem('README.md', 'docs/batch.md#no-such-heading')).toMatch(/no heading/)
  expect(problem('docs/batch.md', 'batch-summary.png')).toBeUndefined()
})

test('the README links every docs page and every picture in docs/ is shown on some page', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const linked = new Set(links(readme).map(target => target.split('#')[0]))
  const pages = PAGES.filter(page => page.startsWith('docs/'))
  expect(pages.filter(page => !linked.has(page))).toEqual([])
  const pictures = [
    ...readdirSync(join(REPO_ROOT, 'docs')).map(name => `docs/${name}`),
    ...readdirSync(join(REPO_ROOT, 'docs', 'images')).map(name => `docs/images/${name}`)
  ].filter(path => path.endsWith('.png'))
  const shown = new Set(
    PAGES.flatMap(page =>
      links(readFileSync(join(REPO_ROOT, page), 'utf8')).map(target =>
        normalize(join(dirname(page), target.split('#')[0]))
      )
    )
  )
  expect(pictures.length).toBeGreaterThan(0)
  expect(pictures.filter(path => !shown.has(path))).toEqual([])
})
