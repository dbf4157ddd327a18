// A PR comment as a reviewer sees it, drawn by the same headless browser the action renders with:
// the comment's HTML in a GitHub-like frame, its images (preview-branch URLs) swapped for the
// bytes the fake GitHub received. The README's screenshots come from here.
import { rmSync } from 'node:fs'
import puppeteer from 'puppeteer-core'
import { browserFlags, runningAsRoot } from '../../src/render/browser-flags.js'
import { tempDir } from './temp-dirs.js'

const FRAME_CSS = `
body{margin:0;padding:16px;background:#fff;font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328}
.box{border:1px solid #d1d9e0;border-radius:6px;width:860px}
.head{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:8px 16px;color:#59636e;border-radius:6px 6px 0 0}
.head b{color:#1f2328}
.body{padding:16px}
h3{font-size:1.25em;margin:0 0 12px}
table{border-collapse:collapse;margin:0 0 16px;display:block;overflow:auto}
td,th{border:1px solid #d1d9e0;padding:6px 13px;vertical-align:top}
th{font-weight:600;background:#f6f8fa}
code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}
img{max-width:100%}
p{margin:0 0 12px}
`

/** The comment body (GitHub-flavoured: HTML, plus `###` headings) as an HTML page. */
export function commentPage(body: string, images: Map<string, Buffer>): string {
  let html = body
    .split('\n')
    .map(line => (line.startsWith('### ') ? `<h3>${line.slice(4)}</h3>` : line))
    .join('\n')
  for (const [url, bytes] of images) {
    html = html.split(url).join(`data:image/png;base64,${bytes.toString('base64')}`)
  }
  return (
    `<!doctype html><html><head><meta charset="utf-8"><style>${FRAME_CSS}</style></head><body>` +
    `<div class="box"><div class="head"><b>github-actions</b> bot commented</div>` +
    `<div class="body">${html}</div></div></body></html>`
  )
}

/** A PNG of the page's comment box. */
export async function screenshot(executable: string, html: string): Promise<Buffer> {
  const profile = tempDir('shot-profile')
  const browser = await puppeteer.launch({
    executablePath: executable,
    ignoreDefaultArgs: true,
    args: browserFlags(profile, runningAsRoot()),
    pipe: true,
    defaultViewport: { width: 900, height: 800, deviceScaleFactor: 1 }
  })
  try {
    const page = await browser.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    const box = await page.$('.box')
    return Buffer.from(await box!.screenshot({ type: 'png' }))
  } finally {
    await browser.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
