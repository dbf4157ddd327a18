// The one redaction function. Every log line, error message, output, summary and comment
// passes through it, so a secret registered here cannot leave the process in text we write.

const secrets = new Set<string>()

/** Registers a value (the key, a signature) to be replaced wherever it appears. */
export function addSecret(value: string | undefined): void {
  if (!value || value.length < 6) return
  secrets.add(value)
  secrets.add(encodeURIComponent(value))
}

/** For tests: forget registered secrets. */
export function clearSecrets(): void {
  secrets.clear()
}

const BEARER = /\b(Bearer)\s+[^\s"',;]+/gi
// A URL's query string (signed asset links carry Expires/Signature/Key-Pair-Id there).
const URL_QUERY = /\b(https?:\/\/[^\s"'<>?#]+)\?[^\s"'<>#]*/gi
const DATA_URI = /\bdata:([a-z]+\/[a-z0-9.+-]+)?(;[a-z0-9=.+-]+)*;base64,[A-Za-z0-9+/=%]+/gi
const MESHY_KEY = /\bmsy[_-][A-Za-z0-9_-]{12,}/g

/** Replaces registered secrets only: for values that must keep their URLs intact (step outputs). */
export function stripSecrets(text: string): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join('***')
  return out
}

export function redact(text: string): string {
  return stripSecrets(text)
    .replace(BEARER, '$1 ***')
    .replace(URL_QUERY, '$1?…')
    .replace(
      DATA_URI,
      (m, type: string | undefined) => `data:${type ?? ''};base64,…(${m.length} chars)`
    )
    .replace(MESHY_KEY, m => (m === TEST_MODE_KEY ? m : 'msy_***'))
}

/** The documented public test-mode key: not a secret, and useful to see in logs. */
export const TEST_MODE_KEY = 'msy_dummy_api_key_for_test_mode_12345678'

// What the runner treats as a line break: CR, LF, CRLF, NEL (U+0085) and the Unicode line and
// paragraph separators. Each becomes one LF, so no hidden break can start a line we did not check.
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029\v\f]/g
// The runner trims a line with .NET's TrimStart() (Char.IsWhiteSpace: JS \s plus U+0085) and
// then looks for `::`; it finds the legacy `##[` anywhere in a line.
const COMMAND_START = /^([\s\u0085]*):(?=:)/gm
const LEGACY_COMMAND = /#(?=#\[)/g

/**
 * Text from users or from Meshy must not become a workflow command. Line breaks of every kind
 * become LF; `::` after leading whitespace and `##[` anywhere get a zero-width joiner between the
 * two characters, which the runner does not trim, so the line is shown but never run.
 */
export function neutraliseCommands(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(COMMAND_START, '$1:\u200d')
    .replace(LEGACY_COMMAND, '#\u200d')
}

/** Redacts and neutralises: what every log line goes through. */
export function safeText(text: string): string {
  return neutraliseCommands(redact(text))
}

/** A URL as it may be shown: origin and path, no query string. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.protocol === 'data:') return redact(url)
    return `${u.origin}${u.pathname}`
  } catch {
    return redact(url)
  }
}
