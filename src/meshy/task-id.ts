// Meshy's task id shape, checked wherever an id crosses into the action: inputs, the lockfile,
// and every API answer (create reply, stream, GET, list). Ids become folder names and log text,
// so anything else (a path, a command, a URL) must be refused at the boundary.
// Shape: a UUID, k-sortable (v7-like), e.g. 01a07f5e-81c7-7111-86f2-f6d2f80b2093 (Meshy's docs and
// a real-account run recorded in meshy-cli's docs/skill-parity/live-verification.json).
export const TASK_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isTaskId(value: unknown): value is string {
  return typeof value === 'string' && TASK_ID_PATTERN.test(value)
}
