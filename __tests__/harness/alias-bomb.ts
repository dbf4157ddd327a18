// A manifest that is small on disk and huge once its aliases are expanded: one asset anchored
// with a `keys`-key params map, then `aliases` more assets that are aliases of it.
export function aliasBomb(keys: number, aliases: number): string {
  const params = Array.from({ length: keys }, (_, i) => `      k${i}: ${i}`).join('\n')
  const copies = Array.from({ length: aliases }, (_, i) => `  c${i}: *base`).join('\n')
  return `assets:\n  base: &base\n    task: text-to-3d\n    prompt: x\n    params:\n${params}\n${copies}\n`
}
