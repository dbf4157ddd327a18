// Sizes as people read them, for logs and reports.

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?'
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}

/** A task id cut to its first 8 characters, for lines that already say which asset it is. */
export function shortId(id: string): string {
  return id.length > 9 ? `${id.slice(0, 8)}…` : id
}
