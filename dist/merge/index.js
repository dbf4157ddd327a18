// The lockfile-merge action (merge/action.yml): the action's bundle runs its merge job.
globalThis.meshyActionEntry = 'merge'
await import('../index.js')
