// The client's one retry decision, as a table: each row is an outcome of one exchange and what
// classify() must answer. The never-pay-twice rows are the ones that matter most.
import { classify, type Method, type Outcome } from '../src/meshy/client.js'
import {
  ActionError,
  MeshyApiError,
  NetworkError,
  SubmissionUnknownError
} from '../src/core/errors.js'

const api = (status: number, message = '') => new MeshyApiError(status, message, 'X', '/p')
const refused = new NetworkError('connect ECONNREFUSED', 'ECONNREFUSED', false)
const reset = new NetworkError('socket hang up', 'ECONNRESET', true)
const badCert = new NetworkError('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT', false)
const notJson = new ActionError('Meshy sent a reply that is not JSON')

type Expected = 'return' | 'retry' | 'throw' | 'unknown'

type Row = [string, Method, number, Outcome, Expected]

const rows: Row[] = [
  ['a 2xx reply', 'GET', 1, { kind: 'ok', value: { id: 't' } }, 'return'],
  ['a 2xx reply to a create', 'POST', 1, { kind: 'ok', value: { result: 't' } }, 'return'],
  ['429 rate limit on a read', 'GET', 1, { kind: 'answer', error: api(429) }, 'retry'],
  ['408 on a read', 'GET', 1, { kind: 'answer', error: api(408) }, 'retry'],
  ...[500, 502, 503, 504].map((s): Row => [
    `${s} on a read`,
    'GET',
    1,
    { kind: 'answer', error: api(s) },
    'retry'
  ]),
  ['400 on a read', 'GET', 1, { kind: 'answer', error: api(400) }, 'throw'],
  ['401 on a read', 'GET', 1, { kind: 'answer', error: api(401) }, 'throw'],
  ['404 on a first DELETE', 'DELETE', 1, { kind: 'answer', error: api(404) }, 'throw'],
  [
    '404 on a repeated DELETE: already gone',
    'DELETE',
    2,
    { kind: 'answer', error: api(404) },
    'return'
  ],
  ['404 on a repeated GET', 'GET', 2, { kind: 'answer', error: api(404) }, 'throw'],
  ['refused connection on a read', 'GET', 1, { kind: 'fault', error: refused }, 'retry'],
  ['reset after sending a read', 'GET', 1, { kind: 'fault', error: reset }, 'retry'],
  ['untrusted certificate on a read', 'GET', 1, { kind: 'fault', error: badCert }, 'throw'],
  ['a non-network fault on a read', 'GET', 1, { kind: 'fault', error: new Error('x') }, 'throw'],
  ['a read reply cut off', 'GET', 1, { kind: 'unreadable', error: reset }, 'retry'],
  ['a read reply that is not JSON', 'GET', 1, { kind: 'unreadable', error: notJson }, 'throw'],
  // Creates: repeated only when Meshy certainly made nothing.
  [
    '429 rate limit on a create',
    'POST',
    1,
    { kind: 'answer', error: api(429, 'RateLimitExceeded') },
    'retry'
  ],
  [
    '429 queue full on a create',
    'POST',
    1,
    { kind: 'answer', error: api(429, 'NoMoreConcurrentTasks') },
    'throw'
  ],
  ['503 on a create', 'POST', 1, { kind: 'answer', error: api(503) }, 'throw'],
  ['500 on a create', 'POST', 1, { kind: 'answer', error: api(500) }, 'throw'],
  ['refused connection on a create', 'POST', 1, { kind: 'fault', error: refused }, 'retry'],
  ['reset after sending a create', 'POST', 1, { kind: 'fault', error: reset }, 'unknown'],
  ['untrusted certificate on a create', 'POST', 1, { kind: 'fault', error: badCert }, 'throw'],
  ['a create reply cut off', 'POST', 1, { kind: 'unreadable', error: reset }, 'unknown'],
  ['a create reply that is not JSON', 'POST', 1, { kind: 'unreadable', error: notJson }, 'unknown']
]

test.each(rows)('%s → %s', (_name, method, attempt, outcome, expected) => {
  const decision = classify({ method, path: '/openapi/v2/text-to-3d', attempt }, outcome)
  if (expected === 'unknown') {
    expect(decision.action).toBe('throw')
    expect(decision.action === 'throw' && decision.error).toBeInstanceOf(SubmissionUnknownError)
    return
  }
  expect(decision.action).toBe(expected)
  if (decision.action === 'throw') expect(decision.error).not.toBeInstanceOf(SubmissionUnknownError)
  if (decision.action === 'retry' && outcome.kind !== 'ok')
    expect(decision.failure).toBe(outcome.error)
})
