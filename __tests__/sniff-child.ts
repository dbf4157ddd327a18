// Feeds every sniffer the inputs that make a backtracking pattern explode, in a child process so
// the test can kill it: a pattern stuck on the event loop stops every timer of the process.
// Usage: tsx __tests__/sniff-child.ts <workspace>   Prints one line per input when all returned.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectedFromName, isBinaryStl, sniff } from '../src/assets/sniff.js'
import { modelTypeOf, resolveMedia } from '../src/config/media.js'
import { worstSniffInputs } from './harness/worst-inputs.js'

const workspace = process.argv[2]
const ctx = { workspace, baseDir: workspace, input: 'image' }
for (const [name, text] of worstSniffInputs()) {
  const bytes = Buffer.from(text, 'latin1')
  const file = `${name}.bin`
  writeFileSync(join(workspace, file), bytes)
  const uri = `data:image/png;base64,${bytes.toString('base64')}`
  sniff(bytes)
  isBinaryStl(bytes, bytes.length)
  expectedFromName(text)
  modelTypeOf(`data:model/gltf-binary;base64,${bytes.toString('base64')}`)
  for (const value of [file, uri]) {
    for (const kind of ['image', 'model'] as const) {
      try {
        resolveMedia(value, kind, ctx)
      } catch {
        // Refused is fine: the point is that it returns.
      }
    }
  }
  console.log(`done ${name}`)
}
