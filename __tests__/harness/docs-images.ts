// The README's pictures are drawn by the tests that check what they show. Each is kept with the
// text it was drawn from (`<picture>.source.html`): a test run compares that text, so a change to
// what a picture shows fails until the picture is redrawn. `UPDATE_DOCS_IMAGES=1` redraws both.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from './run-action.js'

/** Run-to-run noise out of a comment or summary: ids, signatures, times, durations. */
export function stableSource(html: string): string {
  return html
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/(meshy-action-signature:v1:)[0-9a-f]{64}/g, '$1<signature>')
    .replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?( UTC|Z)?/g, '<time>')
    .replace(/\b\d+(\.\d+)? (ms|s|min)\b( \d+ s)?/g, '<duration>')
}

/** `path` is relative to the repository, e.g. docs/batch-summary.png. */
export function keepDocsImage(path: string, png: Buffer, source: string): void {
  const picture = join(REPO_ROOT, path)
  const kept = `${picture}.source.html`
  if (process.env.UPDATE_DOCS_IMAGES) {
    writeFileSync(picture, png)
    writeFileSync(kept, source)
    return
  }
  const before = existsSync(kept) ? readFileSync(kept, 'utf8') : ''
  if (before !== source) {
    throw new Error(
      `${path} shows something else than the report now makes; redraw it with ` +
        `UPDATE_DOCS_IMAGES=1 npm run jest -- <this test file>, and commit the picture.`
    )
  }
}
