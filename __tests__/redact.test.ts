// The one redaction function every log line, error, summary and comment passes through.
import { createLogger, memoryLogger } from '../src/log.js'
import {
  addSecret,
  clearSecrets,
  displayUrl,
  redact,
  safeText,
  stripSecrets,
  TEST_MODE_KEY
} from '../src/redact.js'

const KEY = 'msy_fake_secret_key_0123456789abcdef'
afterEach(() => clearSecrets())

test('registered secrets are replaced, raw and URL-encoded', () => {
  addSecret('s3cr3t/val+ue')
  expect(redact('a s3cr3t/val+ue b s3cr3t%2Fval%2Bue')).toBe('a *** b ***')
})

test('anything shaped like a Meshy key is hidden even if never registered', () => {
  expect(redact(`key=${KEY}`)).toBe('key=msy_***')
  expect(redact(`test key ${TEST_MODE_KEY}`)).toContain(TEST_MODE_KEY)
})

test('Bearer values, signed query strings and data URIs are cut', () => {
  expect(redact('Authorization: Bearer abc.def-123')).toBe('Authorization: Bearer ***')
  const url =
    'https://assets.meshy.ai/u/tasks/1/output/model.glb?Expires=1&Signature=xyz&Key-Pair-Id=K'
  expect(redact(`GET ${url} failed`)).toBe(
    'GET https://assets.meshy.ai/u/tasks/1/output/model.glb?… failed'
  )
  expect(redact('img data:image/png;base64,iVBORw0KGgoAAAANSUhEUg== end')).toMatch(
    /^img data:image\/png;base64,…\(\d+ chars\) end$/
  )
})

test('untrusted text cannot start a workflow command', () => {
  const text = safeText('ok\n::set-output name=x::1\n  ::add-mask::y')
  for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
})

test('stripSecrets keeps signed URLs intact for outputs', () => {
  addSecret(KEY)
  const url = 'https://a/b.glb?Signature=xyz'
  expect(stripSecrets(`${url} ${KEY}`)).toBe(`${url} ***`)
})

test('displayUrl shows origin and path only', () => {
  expect(displayUrl('https://assets.meshy.ai/x/model.glb?Expires=1&Signature=2')).toBe(
    'https://assets.meshy.ai/x/model.glb'
  )
})

test('the logger redacts and neutralises every line', () => {
  addSecret(KEY)
  const sink = memoryLogger()
  const log = createLogger(sink)
  log.info(`using ${KEY}`)
  log.error('::stop-commands::token')
  expect(sink.lines.join('\n')).not.toContain(KEY)
  expect(sink.lines[1]).not.toMatch(/^error: ::/)
})
