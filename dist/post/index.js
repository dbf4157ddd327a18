// The post step (action.yml runs.post), built from src/post-index.ts.
await import('../post-index.js')
