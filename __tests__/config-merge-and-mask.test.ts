// The merge action's inputs and the key masking rule, both owned by src/config/.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { maskApiKeys, resolveApiKey } from '../src/config/api-key.js'
import { readMergeConfig } from '../src/config/merge-inputs.js'
import { ConfigurationError } from '../src/core/errors.js'

const workspace = mkdtempSync(join(tmpdir(), 'merge-inputs-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

function read(inputs: Record<string, string>) {
  return readMergeConfig(n => inputs[n] ?? '', { GITHUB_WORKSPACE: workspace })
}

test('merge inputs: lines, trimmed, with the default output in the workspace', () => {
  const config = read({ lockfiles: ' a/meshy-lock.json \r\n\n b/*.json ' })
  expect(config.patterns).toEqual(['a/meshy-lock.json', 'b/*.json'])
  expect(config.output).toBe(join(workspace, 'meshy-lock.json'))
})

test.each([
  [{ lockfiles: ' \n ' }, 'lockfiles', /one or more paths/],
  [{ lockfiles: 'a.json', output: '../out.json' }, 'output', /outside the workspace/]
])('merge inputs %j fail naming %s', (inputs, input, message) => {
  let error: unknown
  try {
    read(inputs)
  } catch (err) {
    error = err
  }
  expect(error).toBeInstanceOf(ConfigurationError)
  expect((error as ConfigurationError).input).toBe(input)
  expect((error as Error).message).toMatch(message)
})

test('masking reads only api-key and masks every key given, trimmed', () => {
  const read: string[] = []
  const masked: string[] = []
  maskApiKeys(
    name => (read.push(name), ' msy-input \n'),
    { MESHY_API_KEY: ' msy-env ' },
    secret => masked.push(secret)
  )
  expect(read).toEqual(['api-key'])
  expect(masked).toEqual(['msy-input', 'msy-env'])
})

test('the key used is the one masked first: input, then MESHY_API_KEY', () => {
  expect(resolveApiKey(' msy-input ', false, { MESHY_API_KEY: 'msy-env' })).toBe('msy-input')
  expect(resolveApiKey('  ', false, { MESHY_API_KEY: ' msy-env ' })).toBe('msy-env')
})
