// The one redaction function every log line, error, summary and comment passes through.
import { createLogger, memoryLogger } from '../src/core/log.js'
import {
  addSecret,
  clearSecrets,
  displayUrl,
  redact,
  safeText,
  stripSecrets,
  TEST_MODE_KEY
} from '../src/core/redact.js'

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

/** What the runner would run: `::` after TrimStart() (.NET whitespace), or `##[` anywhere. */
function runnerSeesCommand(text: string): boolean {
  // The runner splits stdout on CR, LF and CRLF; be stricter and split on every line break.
  return text.split(/\r\n|[\r\n\u0085\u2028\u2029\v\f]/).some(line => {
    const trimmed = line.replace(/^[\s\u0085]+/, '')
    return trimmed.startsWith('::') || line.includes('##[')
  })
}

describe('untrusted text cannot become a workflow command', () => {
  const vectors: Array<[string, string]> = [
    ['at the start', '::set-output name=x::1'],
    ['after spaces and tabs', ' \t ::add-mask::y'],
    ['after LF', 'ok\n::stop-commands::tok'],
    ['after CR', 'ok\r::warning::x'],
    ['after CRLF', 'ok\r\n::error::x'],
    ['after NEL (U+0085)', '\u0085::set-env name=A::b'],
    ['after a line separator (U+2028)', 'ok\u2028::debug::x'],
    ['after a paragraph separator (U+2029)', 'ok\u2029::debug::x'],
    ['after NEL inside a line', 'ok\n\u0085\u00a0::error::x'],
    ['after a no-break space', '\u00a0::error::x'],
    [
      'legacy ##[ in the middle',
      'IN_PROGRESS ##[set-output name=artifact-url;]https://evil.example/a'
    ],
    ['legacy ##[ at the start', '##[error]boom'],
    ['three hashes', '###[warning]x'],
    ['legacy after CR', 'x\r##[group]y']
  ]
  test.each(vectors)('%s', (_name, vector) => {
    expect(runnerSeesCommand(vector)).toBe(true)
    const out = safeText(vector)
    expect(runnerSeesCommand(out)).toBe(false)
    // Nothing hidden survives: every break is a plain LF.
    expect(out).not.toMatch(/[\r\u0085\u2028\u2029]/)
  })

  test('ordinary text is unchanged', () => {
    expect(safeText('a: b :: c # d ## e [f]\nline two')).toBe('a: b :: c # d ## e [f]\nline two')
  })

  test('every logger level neutralises, including the progress line of a hostile status', () => {
    const sink = memoryLogger()
    const log = createLogger(sink)
    const status = 'IN_PROGRESS ##[set-output name=artifact-url;]https://evil.example/a'
    log.info(`text-to-3d 0190: ${status} 5%`)
    log.warning('resuming task(s) \u2028::add-mask::x')
    log.debug('file \r::error::name.glb')
    log.error('id ##[error]x')
    for (const line of sink.lines) expect(runnerSeesCommand(line.replace(/^\w+: /, ''))).toBe(false)
  })
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
