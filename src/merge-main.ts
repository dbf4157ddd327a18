// Entry of the lockfile-merge action (merge/action.yml); the work is in batch/merge-run.ts.
import * as core from '@actions/core'
import { runMerge } from './batch/merge-run.js'

await runMerge(core)
