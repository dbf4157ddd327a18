// The import graph keeps its shape: no circle, no import back up the layers
// (.dependency-cruiser.mjs says which). The second case proves the rules can fail.
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '..')
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
const CONFIG = join(ROOT, '.dependency-cruiser.mjs')

interface Violation {
  rule: { name: string }
  from: string
  to: string
}

/** Cruises `src` under `cwd` and returns the rule violations. */
async function violations(cwd: string): Promise<Violation[]> {
  const { stdout } = await run(
    process.execPath,
    [CLI, 'src', '--config', CONFIG, '--output-type', 'json'],
    { cwd, maxBuffer: 64 * 1024 * 1024 }
  ).catch((err: { stdout?: string }) => {
    // The CLI exits non-zero when it finds violations; the JSON is still on stdout.
    if (!err.stdout) throw err
    return { stdout: err.stdout }
  })
  const report = JSON.parse(stdout) as { summary: { violations: Violation[] } }
  return report.summary.violations
}

test('src/ has no import circle and no back-edge', async () => {
  expect(await violations(ROOT)).toEqual([])
})

test('the rules catch a circle, a back-edge and a module outside every layer', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'import-graph-'))
  try {
    const files: Record<string, string> = {
      'tsconfig.json': '{}',
      'src/config/read.ts': "import { r } from '../report/a.js'\nexport const c = r\n",
      'src/report/a.ts': "import { b } from './b.js'\nexport const r = 1\nexport const a = b\n",
      'src/report/b.ts': "import { a } from './a.js'\nexport const b = () => a\n",
      'src/core/errors.ts': "import { c } from '../config/read.js'\nexport const e = c\n",
      'src/elsewhere/x.ts': "import { e } from '../core/errors.js'\nexport const x = e\n"
    }
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true })
      await writeFile(join(dir, path), text)
    }
    const names = new Set((await violations(dir)).map(v => v.rule.name))
    expect([...names].sort()).toEqual([
      'every-module-has-a-layer',
      'leaves-import-only-leaves',
      'no-back-edge-from-config',
      'no-circular'
    ])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
