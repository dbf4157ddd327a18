// Validates a tiny GLB in the run's validator thread and returns without exiting: the process
// must end by itself once nothing is left to do (bench figure 10's child hung here while the idle
// thread's output streams were being read). Usage: tsx __tests__/validator-child.ts <dir>
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inspectModel } from '../src/assets/model-stats.js'
import { tinyGlb } from './harness/fixtures.js'

const path = join(process.argv[2], 'tiny.glb')
const bytes = tinyGlb()
writeFileSync(path, bytes)
const stats = await inspectModel(path, 'tiny.glb', bytes.length, { validate: true })
process.stdout.write(`validated: ${stats.validation?.errors} error(s)\n`)
