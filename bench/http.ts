// A minimal JSON client for the bench's own baseline (the fixed-interval poller). It trusts the
// loopback test CA explicitly, so the bench process needs no NODE_EXTRA_CA_CERTS.
import { readFileSync } from 'node:fs'
import https from 'node:https'
import { join } from 'node:path'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'

export const CA_FILE = join(REPO_ROOT, '.test-ca', 'ca.pem')
const agent = new https.Agent({ keepAlive: true, ca: readFileSync(CA_FILE) })

export function requestJson(
  url: string,
  key: string,
  method = 'GET',
  body?: unknown
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = https.request(url, {
      method,
      agent,
      headers: {
        authorization: `Bearer ${key}`,
        ...(payload ? { 'content-type': 'application/json' } : {})
      }
    })
    req.on('response', res => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', chunk => (text += chunk))
      res.on('end', () => {
        if ((res.statusCode ?? 0) >= 300) reject(new Error(`${method} ${res.statusCode}: ${text}`))
        else resolve(JSON.parse(text) as Record<string, unknown>)
      })
    })
    req.on('error', reject)
    req.end(payload)
  })
}
