// The large outputs' files and caps (src/report/output-files.ts): a batch's manifest-results at
// 1,000 assets is written whole and cut in the plain output; small outputs are left as they are;
// a link planted in the checkout does not carry the write out of the output folder.
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { memoryLogger } from '../src/core/log.js'
import { capLargeOutputs, OUTPUT_CAP, writeOutputFiles } from '../src/report/output-files.js'
import { tempDir } from './harness/temp-dirs.js'

function manifestResults(count: number): string {
  const results: Record<string, unknown> = {}
  for (let i = 0; i < count; i++) {
    const name = `prop-${String(i).padStart(4, '0')}`
    results[name] = {
      status: 'generated',
      'task-ids': ['01a24374-6c53-7ce2-94d0-6072bd59c12e'],
      files: [`meshy-output/${name}/model.glb`, `meshy-output/${name}/thumbnail.png`],
      credits: 20,
      stats: { path: `meshy-output/${name}/model.glb`, bytes: 123456, triangles: 9000 }
    }
  }
  return JSON.stringify(results)
}

test('1,000 assets: manifest-results goes whole to its file and is cut in the output', async () => {
  const workspace = tempDir('ws')
  const config = { workspace, outputDir: join(workspace, 'meshy-output') }
  const logger = memoryLogger()
  const values = { 'manifest-results': manifestResults(1000), result: '', status: 'SUCCEEDED' }
  const files = await writeOutputFiles(values, config, logger)
  expect(files).toEqual({
    'manifest-results-file': 'meshy-output/.meshy-outputs/manifest-results.json'
  })
  expect(readFileSync(join(workspace, files['manifest-results-file']), 'utf8')).toBe(
    values['manifest-results']
  )
  const outputs: Record<string, string> = { ...values, ...files }
  const warnings: string[] = []
  capLargeOutputs(outputs, m => warnings.push(m))
  expect(JSON.parse(outputs['manifest-results'])).toEqual({
    cut: true,
    bytes: Buffer.byteLength(values['manifest-results']),
    file: files['manifest-results-file']
  })
  expect(outputs.status).toBe('SUCCEEDED')
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toContain('read the full value from manifest-results-file')
  expect(logger.lines).toEqual([])
})

test('an output under the cap is kept as it is', () => {
  const outputs = { plan: JSON.stringify({ estimate: 5 }), result: 'x'.repeat(OUTPUT_CAP) }
  const before = { ...outputs }
  capLargeOutputs(outputs, () => {
    throw new Error('no warning expected')
  })
  expect(outputs).toEqual(before)
})

test('a link planted at the output files folder is refused, with a warning', async () => {
  const workspace = tempDir('ws')
  const elsewhere = tempDir('elsewhere')
  mkdirSync(join(workspace, 'meshy-output'))
  symlinkSync(elsewhere, join(workspace, 'meshy-output', '.meshy-outputs'))
  const logger = memoryLogger()
  const files = await writeOutputFiles(
    { plan: '{}' },
    { workspace, outputDir: join(workspace, 'meshy-output') },
    logger
  )
  expect(files).toEqual({})
  expect(logger.lines.join('\n')).toMatch(
    /warning: Could not write the output files: .*symbolic link/
  )
})
