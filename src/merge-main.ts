// The lockfile-merge action (merge/action.yml): run() is its whole job, the work is in
// batch/merge-run.ts. src/merge-index.ts calls it in the bundle; `npx @github/local-action .
// src/merge-main.ts .env` calls it directly.
import * as core from '@actions/core'
import { runMerge } from './batch/merge-run.js'

export async function run(): Promise<void> {
  await runMerge(core)
}
