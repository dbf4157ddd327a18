// Public shapes of the fake Meshy server. Names are a contract with the client's tests: keep them.

export const FAKE_API_KEY = 'msy_fake_secret_key_0123456789abcdef'
export const TEST_MODE_KEY = 'msy_dummy_api_key_for_test_mode_12345678'

export type FakeStatus = 'PENDING' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'CANCELED'

export interface FakeMeshyOptions {
  /** Default true: HTTPS with the loopback test certificate; false: plain HTTP everywhere. */
  tls?: boolean
  host?: string
  port?: number
  /** Keys accepted besides TEST_MODE_KEY; default [FAKE_API_KEY]. */
  apiKeys?: string[]
  /** Create→terminal time per Meshy task `type` (fake ms); default 3000. */
  durationMs?: number | Partial<Record<string, number>>
  /** Time spent PENDING before IN_PROGRESS; default 10% of the duration. */
  pendingMs?: number
  /** The fake clock runs this many times faster than real time; default 1. */
  speed?: number
  /** SSE keep-alive repeat interval in fake ms; default 10000. */
  keepAliveMs?: number
  /** Signed asset URL lifetime in fake ms; default 3 days. */
  assetTtlMs?: number
  /** Max non-terminal tasks at once, else 429 NoMoreConcurrentTasks; default Infinity. */
  queueLimit?: number
  /** Account credits; deducted when a task SUCCEEDS. Default 10000. */
  balance?: number
  /** Size of served GLB files (padded BIN chunk); default ~4 KiB. */
  modelBytes?: number
}

export interface RecordedRequest {
  origin: 'api' | 'assets' | 'http'
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  /** Parsed JSON body of POSTs (the raw text when it is not JSON). */
  body?: unknown
  /** Date.now() when the request arrived (real time). */
  time: number
}

export interface TaskError {
  type: string
  message: string
  code?: string
}

export interface FakeTask {
  id: string
  /** Resource path, e.g. '/openapi/v2/text-to-3d'. */
  resource: string
  /** Meshy task type, e.g. 'text-to-3d-preview'. */
  type: string
  body: Record<string, unknown>
  /** Request fields the task object repeats (prompt, mode, ...). */
  echo: Record<string, unknown>
  /** Fake-clock ms. */
  createdAt: number
  /** Fake-clock ms when PENDING ends. */
  startedAt: number
  /** Fake-clock ms when the task reaches its final status. */
  finishedAt: number
  finalStatus: 'SUCCEEDED' | 'FAILED' | 'CANCELED'
  taskError?: TaskError
  /** Credits charged on success (0 with the test-mode key). */
  price: number
  testMode: boolean
  /** Creation order, to break created_at ties. */
  seq: number
}

export interface FaultRule {
  method?: string
  path?: string | RegExp
  times?: number
  fault:
    | { kind: 'status'; status: number; message?: string; retryAfter?: string }
    | { kind: 'reset' }
    | { kind: 'drop-after-create' }
    | { kind: 'stream-reset'; afterEvents: number }
    | { kind: 'stream-close'; afterEvents: number }
    | { kind: 'truncate'; bytes: number }
    | { kind: 'expired' }
    | { kind: 'delay'; ms: number }
    | { kind: 'redirect'; status: number; location: string }
}

export type Fault = FaultRule['fault']

export interface OutcomeRule {
  /** Default: the next task(s). */
  match?: (body: Record<string, unknown>, resourcePath: string) => boolean
  times?: number
  status?: 'FAILED' | 'CANCELED'
  taskError?: TaskError
  durationMs?: number
}

export interface FakeClock {
  now(): number
  advance(ms: number): void
}

export interface FakeMeshy {
  url: string
  assetUrl: string
  httpUrl?: string
  requests: RecordedRequest[]
  tasks: Map<string, FakeTask>
  clock: FakeClock
  inject(rule: FaultRule): void
  outcome(rule: OutcomeRule): void
  creates(): RecordedRequest[]
  taskView(id: string): Record<string, unknown>
  succeededAt: Map<string, number>
  reset(): void
  /** Adds credits to the account's balance. */
  topUp(credits: number): void
  /** Forgets armed faults and outcome rules (between test cases). */
  disarm(): void
  close(): Promise<void>
}
