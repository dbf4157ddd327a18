// The lockfile-merge action (merge/action.yml): run() is its whole job, the work is in
// batch/lockfile/merge-run.ts. In the bundle, src/action/index.ts calls it when dist/merge/index.js starts the
// process; `npx @github/local-action . src/action/merge-main.ts .env` calls it directly.
import * as core from '@actions/core'
import { runMerge } from '../batch/lockfile/merge-run.js'

export async function run(): Promise<void> {
  await runMerge(core)
}
