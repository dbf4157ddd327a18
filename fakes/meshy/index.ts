// The fake Meshy API server used in-process by tests and as a process by the demo/bench
// (see cli.ts). Speaks Meshy's API v2 as docs/meshy-rules.md describes it, and v1 while its
// switch is on, quirks included.

import { AssetFactory, UrlSigner } from './assets.js'
import { isResource, isV2Route } from './catalog.js'
import { fakeModels } from './models.js'
import { ScaledClock } from './clock.js'
import { FaultBook } from './faults.js'
import {
  closeServer,
  createListener,
  listen,
  router,
  tlsOptions,
  type RouterContext
} from './server.js'
import { TaskStore } from './tasks.js'
import {
  FAKE_API_KEY,
  type FakeMeshy,
  type FakeMeshyOptions,
  type RecordedRequest
} from './types.js'

export * from './types.js'
export { queueFullFault, rateLimitFault } from './faults.js'

const THREE_DAYS = 3 * 24 * 3600 * 1000

export async function startFakeMeshy(options: FakeMeshyOptions = {}): Promise<FakeMeshy> {
  const tls = options.tls === false ? undefined : tlsOptions()
  const scheme = tls ? 'https' : 'http'
  const host = options.host ?? '127.0.0.1'
  const clock = new ScaledClock(options.speed ?? 1)
  const requests: RecordedRequest[] = []
  const faults = new FaultBook()

  const ctx = {} as RouterContext
  const custom = new Map((options.resources ?? []).map(r => [r.path, r]))
  const apiServer = createListener(tls, router(ctx, 'api'))
  const assetServer = createListener(tls, router(ctx, 'assets'))
  const httpServer = tls ? createListener(undefined, router(ctx, 'http')) : undefined
  const servers = [apiServer, assetServer, ...(httpServer ? [httpServer] : [])]
  const origin = (port: number): string => `${scheme}://${hostInUrl(host)}:${port}`
  const url = origin(await listen(apiServer, host, options.port ?? 0))
  const assetUrl = origin(await listen(assetServer, host, 0))
  const httpUrl = httpServer && `http://${hostInUrl(host)}:${await listen(httpServer, host, 0)}`

  const files = new AssetFactory(options.modelBytes, await fakeModels(), options.model)
  const signer = new UrlSigner(assetUrl, options.assetTtlMs ?? THREE_DAYS)
  const store = new TaskStore({
    clock,
    durationMs: options.durationMs ?? 3000,
    pendingMs: options.pendingMs,
    balance: options.balance ?? 10000,
    sign: (id, file, at) => signer.url(id, file, at ?? clock.now())
  })
  Object.assign(ctx, {
    api: {
      store,
      clock,
      apiKeys: options.apiKeys ?? [FAKE_API_KEY],
      keepAliveMs: Math.max(1, options.keepAliveMs ?? 10000),
      queueLimit: options.queueLimit ?? Infinity,
      v1: options.v1 ?? false,
      today: () => options.today ?? Date.now(),
      keyCreditLimit: options.keyCreditLimit,
      custom
    },
    assets: { store, clock, signer, files },
    faults,
    requests,
    redirectTo: tls ? url : undefined
  } satisfies RouterContext)

  return {
    url,
    assetUrl,
    httpUrl,
    requests,
    tasks: store.tasks,
    clock,
    succeededAt: store.succeededAt,
    inject: rule => faults.add(rule),
    outcome: rule => store.addOutcome(rule),
    hostile: hostility => {
      store.tamper = hostility?.task
      ctx.api.createReply = hostility?.createReply
    },
    creates: () =>
      requests.filter(
        r =>
          r.origin === 'api' &&
          r.method === 'POST' &&
          (isResource(r.path) || isV2Route(r.path) || custom.has(r.path))
      ),
    taskView: (id, version) => {
      const task = store.get(id)
      if (!task) throw new Error(`fake Meshy: no task ${id}`)
      return store.view(task, version)
    },
    reset: () => void requests.splice(0),
    setModel: kind => void (files.model = kind),
    topUp: credits => store.topUp(credits),
    disarm: () => {
      faults.clear()
      store.clearOutcomes()
      store.tamper = undefined
      ctx.api.createReply = undefined
    },
    closeIdleConnections: () => servers.forEach(server => server.closeIdleConnections()),
    openConnections: async () => {
      const counts = servers.map(
        server => new Promise<number>(done => server.getConnections((_err, n) => done(n ?? 0)))
      )
      return (await Promise.all(counts)).reduce((sum, n) => sum + n, 0)
    },
    close: async () => {
      clock.cancelAll()
      await Promise.all(servers.map(closeServer))
    }
  }
}

function hostInUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}
