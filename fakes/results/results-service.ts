// A small fake of the Actions results service: the twirp CreateArtifact / FinalizeArtifact calls
// that @actions/artifact makes. CreateArtifact answers with a SAS upload URL on Azurite, so the
// real client's bytes really travel to blob storage and the test can read them back.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Azurite } from './azurite.js'

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'
export const CONTAINER = 'actions-results'

export interface TwirpCall {
  method: string
  authorization?: string
  body: Record<string, unknown>
}

export interface FakeResults {
  url: string
  calls: TwirpCall[]
  /** Blob name of each created artifact, by artifact name. */
  blobs: Map<string, string>
  artifactId: number
  /** When set, CreateArtifact answers this HTTP status (to test the warning path). */
  failCreate?: number
  close(): Promise<void>
}

export async function startFakeResults(azurite: Azurite): Promise<FakeResults> {
  await azurite.service.getContainerClient(CONTAINER).createIfNotExists()
  const state = { calls: [] as TwirpCall[], blobs: new Map<string, string>(), artifactId: 4242 }
  const fake: FakeResults = { url: '', ...state, close: async () => undefined }
  const server = createServer((req, res) => {
    void readJson(req).then(body => {
      const method = (req.url ?? '').startsWith(SERVICE)
        ? (req.url ?? '').slice(SERVICE.length)
        : ''
      fake.calls.push({ method, authorization: req.headers.authorization, body })
      const [status, payload] = answer(fake, azurite, method, body)
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(payload))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  fake.close = async () => {
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }
  return fake
}

function answer(
  fake: FakeResults,
  azurite: Azurite,
  method: string,
  body: Record<string, unknown>
): [number, unknown] {
  const name = String(body.name ?? '')
  if (method === 'CreateArtifact') {
    if (fake.failCreate)
      return [fake.failCreate, { code: 'invalid_argument', msg: 'refused by test' }]
    const blob = `${String(body.workflow_run_backend_id)}/${name}.zip`
    fake.blobs.set(name, blob)
    return [200, { ok: true, signed_upload_url: azurite.signedUploadUrl(CONTAINER, blob) }]
  }
  if (method === 'FinalizeArtifact' && fake.blobs.has(name)) {
    return [200, { ok: true, artifact_id: String(fake.artifactId) }]
  }
  return [404, { code: 'not_found', msg: `no such call ${method}` }]
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? (JSON.parse(text) as Record<string, unknown>) : {}
}

/** A runtime token the artifact client accepts: only the `scp` claim is read (never verified). */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const claims = { scp: `Actions.GenericRead Actions.Results:${runBackendId}:${jobBackendId}` }
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.signature`
}
