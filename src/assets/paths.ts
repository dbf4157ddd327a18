// Keeps every path we read or write inside the workspace (no `..`, no absolute paths
// elsewhere, no symlinks that lead out).
import { realpathSync, existsSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep, dirname } from 'node:path'

export class PathEscapeError extends Error {}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** The nearest existing ancestor, resolved through symlinks, joined with the rest. */
function realish(path: string): string {
  let existing = path
  const rest: string[] = []
  while (!existsSync(existing)) {
    const parent = dirname(existing)
    if (parent === existing) break
    rest.unshift(existing.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)))
    existing = parent
  }
  return resolve(realpathSync(existing), ...rest)
}

/**
 * Resolves `path` (relative to `base`, default the workspace) and checks that it stays inside
 * the workspace even after following symlinks. Throws PathEscapeError otherwise.
 */
export function resolveInWorkspace(workspace: string, path: string, base = workspace): string {
  const root = realish(resolve(workspace))
  const target = resolve(base, path)
  if (!inside(resolve(workspace), target) || !inside(root, realish(target))) {
    throw new PathEscapeError(`'${path}' is outside the workspace`)
  }
  return target
}

/** A workspace-relative path with forward slashes, for outputs and summaries. */
export function workspaceRelative(workspace: string, absPath: string): string {
  return relative(resolve(workspace), absPath).split(sep).join('/')
}
