// Every branch of finalStatus(): what an asset's lockfile entry says when its run ends. Anything
// that may still finish at Meshy must stay IN_PROGRESS, or the next run would pay for it again.
import { finalStatus } from '../src/batch/run/final-status.js'
import { LOCK_STATUSES, parseLockfile, type LockStatus } from '../src/batch/lockfile/lockfile.js'
import {
  ActionError,
  ConfigurationError,
  DeadlineError,
  DownloadError,
  MeshyApiError,
  OutOfTimeError,
  SubmissionUnknownError,
  TaskFailedError
} from '../src/core/errors.js'
import type { RunResult } from '../src/core/result.js'

const resource = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' } as const
const tasks = (...statuses: string[]): RunResult['tasks'] =>
  statuses.map((status, i) => ({ task: { id: `t${i}`, status }, resource, startedAt: 0 }))

type Row = [string, string[], string[], Error | undefined, boolean, LockStatus]

const rows: Row[] = [
  ['all steps succeeded', ['t0', 't1'], ['SUCCEEDED', 'SUCCEEDED'], undefined, false, 'SUCCEEDED'],
  ['wait: false, still running', ['t0'], ['IN_PROGRESS'], undefined, false, 'IN_PROGRESS'],
  [
    'wait: false, a status this action does not know',
    ['t0'],
    ['QUEUED'],
    undefined,
    false,
    'IN_PROGRESS'
  ],
  ['no task at all and no error', [], [], undefined, false, 'SUCCEEDED'],
  ['the task failed', ['t0'], ['FAILED'], new TaskFailedError('t0', 'FAILED'), false, 'FAILED'],
  [
    'the task was canceled',
    ['t0'],
    ['CANCELED'],
    new TaskFailedError('t0', 'CANCELED'),
    false,
    'CANCELED'
  ],
  [
    'the deadline passed while it ran',
    ['t0'],
    ['IN_PROGRESS'],
    new DeadlineError('t0', 'late'),
    false,
    'IN_PROGRESS'
  ],
  ['a create reply was lost', [], [], new SubmissionUnknownError('lost'), false, 'IN_PROGRESS'],
  [
    'the deadline came before its next step was created (issue 23)',
    ['t0'],
    ['SUCCEEDED'],
    new OutOfTimeError('not sent: out of time'),
    false,
    'IN_PROGRESS'
  ],
  ['a create is pending in the entry', [], [], new ActionError('crash'), true, 'IN_PROGRESS'],
  [
    'the task is gone (404)',
    ['t0'],
    ['IN_PROGRESS'],
    new MeshyApiError(404, 'NotFound', 'GET', '/x'),
    false,
    'FAILED'
  ],
  [
    'an error while the last task still runs',
    ['t0'],
    ['IN_PROGRESS'],
    new ActionError('socket'),
    false,
    'IN_PROGRESS'
  ],
  [
    'every step done, a download failed',
    ['t0', 't1'],
    ['SUCCEEDED', 'SUCCEEDED'],
    new DownloadError('cut'),
    false,
    'SUCCEEDED'
  ],
  [
    'a step done but not the last one recorded',
    ['t0', 't1'],
    ['SUCCEEDED'],
    new DownloadError('cut'),
    false,
    'FAILED'
  ],
  [
    'refused before any task',
    [],
    [],
    new ConfigurationError('max-credits', 'over'),
    false,
    'FAILED'
  ]
]

test.each(rows)('%s → %s', (_name, ids, statuses, error, pending, expected) => {
  const entry = {
    'task-ids': ids,
    pending: pending ? { step: 0, 'sent-at': '2026-01-01T00:00:00.000Z' } : undefined
  }
  expect(finalStatus(entry, { tasks: tasks(...statuses), files: [], error })).toBe(expected)
})

test('a lockfile entry with a status outside the union is refused on read', () => {
  const entry = (status: string) =>
    JSON.stringify({
      version: 1,
      assets: {
        a: {
          hash: `sha256:${'0'.repeat(64)}`,
          task: 'text-to-3d',
          status,
          'task-ids': [],
          model: 'default',
          files: [],
          credits: 0,
          updated: '2026-01-01T00:00:00.000Z'
        }
      }
    })
  const read = (text: string) => parseLockfile(text, 'l', { now: Date.now() })
  for (const status of LOCK_STATUSES) expect(() => read(entry(status))).not.toThrow()
  expect(() => read(entry('DONE'))).toThrow(ConfigurationError)
})
