// Public shapes of the fake Meshy server. Names are a contract with the client's tests: keep them.
import type { ModelKind } from './models.js'

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
  /** Serve one-triangle GLBs padded to this size (downloads, memory); default: the textured box. */
  modelBytes?: number
  /**
   * Which GLB every model URL serves: 'box' (rigged for rigging and animation files), 'invalid'
   * (glTF-Validator rejects it though its magic bytes pass), 'barrel' (another shape, more
   * triangles), 'damaged' (no loader can read it).
   */
  model?: ModelKind
  /** Task resources beyond Meshy's own, for tests that add a made-up task type. */
  resources?: CustomResource[]
  /**
   * Serve API v1's routes as well (default false: as after Meshy's 15 March 2027 switch-off,
   * v1 routes that have a v2 twin answer 410 and text-to-3d refuses `mode`).
   */
  v1?: boolean
  /** The day (real ms) that decides which models are retired; default now. */
  today?: number
  /** A per-key credit limit: creates past it get 402 "API key credit limit reached". */
  keyCreditLimit?: number
}

/** A task resource the fake serves besides Meshy's (create, get, list, stream, delete). */
export interface CustomResource {
  /** e.g. '/openapi/v2/text-to-widget' (a v1 path is served only while v1 is on) */
  path: string
  /** The task `type` its tasks get. */
  type: string
  /** Credits charged per SUCCEEDED task. */
  price: number
  /** What a SUCCEEDED task holds: a model (model_urls, thumbnail_url) or images (image_urls). */
  result: 'model' | 'image'
  /** Checks a create body like Meshy would: a message means 400 with that message. */
  check?(body: Record<string, unknown>): string | undefined
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
  /** For tasks of a CustomResource: what the result holds. */
  result?: CustomResource['result']
}

export interface FaultRule {
  method?: string
  path?: string | RegExp
  times?: number
  fault:
    | {
        kind: 'status'
        status: number
        message?: string
        retryAfter?: string
        /** v2's error code and type; absent: v1's `{message}` body. */
        code?: string
        type?: string
      }
    | { kind: 'reset' }
    | { kind: 'drop-after-create' }
    | { kind: 'stream-reset'; afterEvents: number }
    | { kind: 'stream-close'; afterEvents: number }
    | { kind: 'truncate'; bytes: number }
    | { kind: 'expired' }
    | { kind: 'delay'; ms: number }
    | { kind: 'redirect'; status: number; location: string }
    /** Hostile: a 200 stream whose one `data:` line never ends, `bytes` long in all. */
    | { kind: 'endless-line'; bytes: number }
    /** Hostile: 200 with a huge Content-Length, then one byte every `everyMs` (real ms). */
    | { kind: 'trickle'; length: number; everyMs: number; status?: number }
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

/**
 * A lying API, for zero-trust tests: each hook rewrites what the honest fake would have sent.
 * Set with FakeMeshy.hostile(); disarm() clears it.
 */
export interface Hostility {
  /** Rewrites every task object served by GET, list and the stream. */
  task?: (view: Record<string, unknown>) => Record<string, unknown>
  /** Rewrites the create reply (v2: the task object; v1: `{result: id}`). */
  createReply?: (reply: Record<string, unknown>) => unknown
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
  /** Turns the API into a liar (or back, with undefined). */
  hostile(hostility: Hostility | undefined): void
  creates(): RecordedRequest[]
  /** The task as GET /openapi/v2/tasks/{id} shows it (or v1's flat shape). */
  taskView(id: string, version?: 'v1' | 'v2'): Record<string, unknown>
  succeededAt: Map<string, number>
  reset(): void
  /** Switches the GLBs served from now on. */
  setModel(kind: ModelKind): void
  /** Adds credits to the account's balance. */
  topUp(credits: number): void
  /** Forgets armed faults and outcome rules (between test cases). */
  disarm(): void
  /**
   * Client connections open on its listeners. A killed client's connections close once the fake
   * has read all it sent, so 0 means no request of it is still on the wire.
   */
  openConnections(): Promise<number>
  /** Closes kept-alive connections that no request is using (this process's earlier clients). */
  closeIdleConnections(): void
  close(): Promise<void>
}
