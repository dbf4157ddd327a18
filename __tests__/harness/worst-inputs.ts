// Inputs that make a backtracking pattern take exponential (or quadratic) time: runs of spaces
// and line breaks between tokens that almost match, at the 64-byte size the issue reported and at
// the 512 bytes a sniffer reads.
export function worstSniffInputs(): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const n of [60, 500]) {
    out.push([`spaces-${n}`, `X\n${' '.repeat(n)}Y`])
    out.push([`breaks-${n}`, `X\n${'\n'.repeat(n)}Y`])
    out.push([`mixed-${n}`, `X\n${' \n'.repeat(n / 2)}Y`])
    out.push([`comments-${n}`, `${'#\n'.repeat(n / 2)}Y`])
    out.push([`asset-${n}`, `{"asset"${' '.repeat(n)}Y`])
    out.push([`dots-${n}`, `a${'.a'.repeat(n / 2)}!`])
  }
  return out
}
