// The last line of defence in src/action/index.ts: an error run() did not handle becomes one scrubbed
// `::error::` line, never a stack trace with the key in it.
import { reportCrash } from '../src/action/crash.js'
import { addSecret, clearSecrets } from '../src/core/redact.js'

const KEY = 'msy_fake_secret_key_0123456789abcdef'
afterEach(() => {
  clearSecrets()
  process.exitCode = undefined
})

test('one ::error:: line, scrubbed, no stack, exit code 1', () => {
  addSecret(KEY)
  const lines: string[] = []
  const err = new TypeError(`value.split is not a function (key ${KEY})\n::set-output name=a::b`)
  reportCrash(err, line => lines.push(line))
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^::error::The action stopped unexpectedly: value\.split/)
  expect(lines[0]).not.toContain(KEY)
  expect(lines[0]).not.toMatch(/[\r\n]/)
  expect(lines[0]).not.toContain(' at ')
  expect(process.exitCode).toBe(1)
})
