// The post step (action.yml runs.post), built from src/action/post-index.ts.
await import('../post-index.js')
