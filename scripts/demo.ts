// `npm run demo`: the action's main job, locally, with no key and no network. Starts the fake
// Meshy server as its own process (HTTPS with a throwaway CA), runs dist/index.js exactly as the
// runner would for a text-to-3d prompt, and keeps what it made in demo-output/ (git-ignored): the
// model, its render sheet when a browser is found, and the job summary as a page a browser opens.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { spawnFakeMeshy } from '../fakes/meshy/process.js'
import { REPO_ROOT, runAction } from '../__tests__/harness/run-action.js'
import { removeTempDirs } from '../__tests__/harness/temp-dirs.js'
import { chooseBrowser } from '../src/render/browser-choice.js'

const FAKE_KEY = 'msy_fake_secret_key_0123456789abcdef'
/** Where the demo keeps its results; DEMO_OUTPUT moves it (the demo's test uses a temp folder). */
const OUTPUT = process.env.DEMO_OUTPUT || join(REPO_ROOT, 'demo-output')

async function validGlb(path: string): Promise<string> {
  const validator = (await import('gltf-validator')) as unknown as {
    validateBytes(data: Uint8Array): Promise<{ issues: { numErrors: number } }>
  }
  const report = await validator.validateBytes(new Uint8Array(readFileSync(path)))
  return report.issues.numErrors === 0
    ? 'valid glTF 2.0 binary'
    : `${report.issues.numErrors} glTF errors`
}

/**
 * The summary as a page: it is HTML blocks under Markdown headings, so the headings are the only
 * Markdown to turn into HTML. Off GitHub there is no preview branch, so the sheets are added as
 * local images below it.
 */
function summaryPage(markdown: string, sheets: string[]): string {
  const body = markdown.replace(/^### (.*)$/gm, '<h3>$1</h3>').replace(/^## (.*)$/gm, '<h2>$1</h2>')
  const images = sheets
    .map(
      s =>
        `<figure><img src="${s}" width="512" alt="render sheet"><figcaption>${s}</figcaption></figure>`
    )
    .join('\n')
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>meshy-action demo</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto}td,th{padding:4px 8px;vertical-align:top}</style>
</head><body>\n${body}\n<h3>Render sheets</h3>\n${images || '<p>No browser was found, so no sheet was drawn.</p>'}\n</body></html>\n`
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'test-ca.mjs')])
  rmSync(OUTPUT, { recursive: true, force: true })
  mkdirSync(OUTPUT, { recursive: true })
  const browser = chooseBrowser('', process.env, '/').executable
  const fake = await spawnFakeMeshy(['--duration', '2500'])
  console.log(`Fake Meshy API at ${fake.url}\n`)
  try {
    const run = await runAction({
      workspace: OUTPUT,
      inputs: {
        task: 'text-to-3d',
        prompt: 'a weathered oak dining chair',
        formats: 'glb',
        'base-url': fake.url,
        // The sheet is the point of the demo: drawn when a browser is found, skipped otherwise.
        render: 'auto'
      },
      env: { MESHY_API_KEY: FAKE_KEY, NODE_EXTRA_CA_CERTS: join(REPO_ROOT, '.test-ca', 'ca.pem') },
      timeoutMs: 180_000
    })
    console.log('--- action log ---')
    process.stdout.write(run.stdout)
    process.stderr.write(run.stderr)
    console.log(`--- exit code ${run.code} ---\n`)
    console.log('--- outputs ---')
    for (const [name, value] of Object.entries(run.outputs)) {
      const shown = value.length > 160 ? `${value.slice(0, 157)}...` : value
      console.log(`${name}: ${shown}`)
    }
    console.log('\n--- files written ---')
    const files = JSON.parse(run.outputs.files ?? '[]') as string[]
    for (const file of files) {
      const abs = join(OUTPUT, file)
      const note = file.endsWith('.glb') ? ` (${await validGlb(abs)})` : ''
      console.log(`${file}: ${statSync(abs).size} bytes${note}`)
    }
    const sheets = JSON.parse(run.outputs['render-files'] ?? '[]') as string[]
    const page = join(OUTPUT, 'summary.html')
    writeFileSync(page, summaryPage(run.summary, sheets))
    const where = (path: string) => {
      const near = relative(process.cwd(), path)
      return near.startsWith('..') ? path : near
    }
    console.log(`\n--- where the results are: ${where(OUTPUT)}/ ---`)
    console.log(`model:   ${where(join(OUTPUT, run.outputs['model-file'] ?? ''))}`)
    console.log(
      sheets.length
        ? `sheet:   ${where(join(OUTPUT, sheets[0]))}`
        : `sheet:   none (${browser ? 'the browser did not draw it' : 'no Chrome or Chromium found; set CHROME_PATH'})`
    )
    console.log(`summary: ${where(page)} (open it in a browser)`)
    process.exitCode = run.code ?? 1
  } finally {
    fake.stop()
    // The runner's temporary folders go; demo-output/ stays, for you to look at.
    removeTempDirs()
  }
}

await main()
