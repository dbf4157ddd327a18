// The lockfile-merge action as users run it: the bundled dist/merge/index.js, on the layout the
// shard workflow in docs/lockfile.md downloads (shards/<artifact>/meshy-lock.json). And both
// entries export run(), which is what @github/local-action calls.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { serializeLockfile, type LockEntry } from '../src/batch/lockfile/lockfile.js'
import { distDir, newWorkspace, runAction } from './harness/run-action.js'

const entry = (updated: string, hash: string, id: string, name = 'chair'): LockEntry => ({
  // A checked hash shape; the word after 'sha256:' tells entries apart in this test.
  hash: `sha256:${Buffer.from(hash.slice(7)).toString('hex').padEnd(64, '0')}`,
  task: 'text-to-3d',
  status: 'SUCCEEDED',
  'task-ids': [id],
  model: 'default',
  files: [{ path: `assets/generated/${name}/model.glb`, sha256: 'ab'.repeat(32), bytes: 3 }],
  credits: 20,
  updated
})

test('dist/merge/index.js merges the shards a matrix uploaded', async () => {
  const workspace = newWorkspace()
  const shards: Array<Record<string, LockEntry>> = [
    {
      chair: entry('2026-11-02T00:00:00.000Z', 'sha256:new', '01a216c1-4f0d-7a34-81ef-06233e3f0e05')
    },
    {
      chair: entry(
        '2026-11-01T00:00:00.000Z',
        'sha256:old',
        '01a216c1-4f0d-7a34-81ef-06233e3f0e06'
      ),
      lamp: entry(
        '2026-11-02T00:00:00.000Z',
        'sha256:lamp',
        '01a216c1-4f0d-7a34-81ef-06233e3f0e07',
        'lamp'
      )
    }
  ]
  for (const [i, assets] of shards.entries()) {
    mkdirSync(join(workspace, 'shards', `shard-${i + 1}`), { recursive: true })
    const text = serializeLockfile({ version: 1, assets })
    writeFileSync(join(workspace, 'shards', `shard-${i + 1}`, 'meshy-lock.json'), text)
  }
  const r = await runAction({
    entry: join(distDir(), 'merge', 'index.js'),
    workspace,
    inputs: { lockfiles: 'shards/*/meshy-lock.json', output: 'assets/meshy-lock.json' }
  })
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  expect(r.outputs.assets).toBe('2')
  const merged = JSON.parse(readFileSync(join(workspace, 'assets', 'meshy-lock.json'), 'utf8'))
  expect(merged.assets.chair.hash).toBe(entry('', 'sha256:new', '').hash)
  expect(Object.keys(merged.assets)).toEqual(['chair', 'lamp'])
})

test('both entries export run() for @github/local-action', async () => {
  const main = await import('../src/action/main.js')
  const merge = await import('../src/action/merge-main.js')
  expect(typeof main.run).toBe('function')
  expect(typeof merge.run).toBe('function')
})
