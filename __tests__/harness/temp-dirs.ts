// Every temporary folder that a test, the demo or a benchmark makes comes from tempDir(), so one
// call to removeTempDirs() takes them all away. Jest calls it after each test file
// (harness/remove-temp-dirs.ts); the demo and the benchmarks call it when they finish.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made = new Set<string>()

/** A fresh folder `meshy-<role>-XXXXXX` in the temp directory, removed by removeTempDirs(). */
export function tempDir(role: string): string {
  const dir = mkdtempSync(join(tmpdir(), `meshy-${role}-`))
  made.add(dir)
  return dir
}

/** Removes a folder now (e.g. a per-test folder), and forgets it. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  made.delete(dir)
}

export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
  made.clear()
}
