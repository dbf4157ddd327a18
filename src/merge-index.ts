// Entry of the lockfile-merge bundle (dist/merge/index.js), as src/index.ts is of the action's.
import { run } from './merge-main.js'

await run()
