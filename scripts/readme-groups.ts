// The README lists every input and output of action.yml by name, grouped by the mode that uses
// it, each group linking to the docs page that explains it (the full tables are in docs/inputs.md).
// scripts/readme-tables.ts renders these groups and refuses a name that is in none or in two.

import { TASK_INPUTS } from '../src/config/inputs.js'

/** A row of the README's grouped tables: the names one mode uses, and the page that explains them. */
export interface Group {
  mode: string
  page: string
  names: string[]
}

export const INPUT_GROUPS: Group[] = [
  {
    mode: 'Every step',
    page: 'docs/inputs.md#inputs',
    names: ['api-key', 'test-mode', 'max-credits', 'timeout-minutes', 'output-dir', 'base-url']
  },
  {
    mode: 'One task',
    page: 'docs/task-types.md',
    // The inputs that describe one task, as config reads them (also a manifest asset's keys).
    names: [...TASK_INPUTS]
  },
  { mode: 'Waiting and resuming', page: 'docs/waiting.md', names: ['wait', 'task-id'] },
  {
    mode: 'Batch',
    page: 'docs/batch.md',
    names: ['manifest', 'lockfile', 'concurrency', 'shard']
  },
  { mode: 'Plan (no create, no key)', page: 'docs/plan-mode.md', names: ['dry-run'] },
  {
    mode: 'Reporting and previews',
    page: 'docs/reporting.md',
    names: [
      'summary',
      'pr-comment',
      'comment-key',
      'preview-branch',
      'github-token',
      'artifact-name',
      'attest',
      'render',
      'chrome-path'
    ]
  },
  {
    mode: 'Model quality',
    page: 'docs/model-quality.md',
    names: ['validate', 'max-triangles', 'max-file-size', 'max-texture-size', 'require-printable']
  }
]

export const OUTPUT_GROUPS: Group[] = [
  {
    mode: 'Every step',
    page: 'docs/inputs.md#outputs',
    names: ['task-id', 'task-ids', 'task-type', 'status', 'credits', 'expires-at', 'result']
  },
  {
    mode: 'Files and URLs',
    page: 'docs/inputs.md#where-files-go',
    names: [
      'files',
      'model-file',
      'thumbnail-file',
      'render-files',
      'model-url',
      'model-urls',
      'thumbnail-url',
      'texture-urls',
      'image-urls'
    ]
  },
  {
    mode: 'Batch and plan',
    page: 'docs/batch.md',
    names: ['manifest-results', 'plan']
  },
  {
    mode: 'Large values, as files',
    page: 'docs/inputs.md#where-files-go',
    names: ['result-file', 'manifest-results-file', 'model-stats-file', 'plan-file']
  },
  {
    mode: 'Reporting and previews',
    page: 'docs/reporting.md',
    names: [
      'summary-file',
      'comment-url',
      'comment-file',
      'artifact-id',
      'artifact-url',
      'artifact-digest',
      'attestation-url'
    ]
  },
  { mode: 'Model quality', page: 'docs/model-quality.md', names: ['model-stats'] }
]
