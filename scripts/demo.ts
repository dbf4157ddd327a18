// `npm run demo`: the action's main job, locally, with no key and no network. Starts the fake
// Meshy server as its own process (HTTPS with a throwaway CA), runs dist/index.js exactly as the
// runner would for a text-to-3d prompt, then prints the outputs and the files it wrote.
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { spawnFakeMeshy } from '../fakes/meshy/process.js'
import { REPO_ROOT, runAction } from '../__tests__/harness/run-action.js'
import { removeTempDirs } from '../__tests__/harness/temp-dirs.js'

const FAKE_KEY = 'msy_fake_secret_key_0123456789abcdef'

async function validGlb(path: string): Promise<string> {
  const validator = (await import('gltf-validator')) as unknown as {
    validateBytes(data: Uint8Array): Promise<{ issues: { numErrors: number } }>
  }
  const report = await validator.validateBytes(new Uint8Array(readFileSync(path)))
  return report.issues.numErrors === 0
    ? 'valid glTF 2.0 binary'
    : `${report.issues.numErrors} glTF errors`
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'test-ca.mjs')])
  const fake = await spawnFakeMeshy(['--duration', '2500'])
  console.log(`Fake Meshy API at ${fake.url}\n`)
  try {
    const run = await runAction({
      inputs: {
        task: 'text-to-3d',
        prompt: 'a weathered oak dining chair',
        formats: 'glb',
        'base-url': fake.url
      },
      env: { MESHY_API_KEY: FAKE_KEY, NODE_EXTRA_CA_CERTS: join(REPO_ROOT, '.test-ca', 'ca.pem') }
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
    for (const file of JSON.parse(run.outputs.files ?? '[]') as string[]) {
      const abs = join(run.workspace, file)
      const note = file.endsWith('.glb') ? ` (${await validGlb(abs)})` : ''
      console.log(`${file}: ${statSync(abs).size} bytes${note}`)
    }
    console.log('\n--- job summary (GITHUB_STEP_SUMMARY) ---')
    console.log(run.summary)
    process.exitCode = run.code ?? 1
  } finally {
    fake.stop()
    // The demo leaves nothing behind: its workspace and runner folders go with it.
    removeTempDirs()
  }
}

await main()
