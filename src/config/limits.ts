// Limits the action enforces before any paid request. Kept together so a change in Meshy's
// documented limits (docs/meshy-rules.md) is a one-line edit.

// Prompt limits are per task type: see promptMaxChars in tasks/catalogue.ts.

/** Meshy's image limit for image-to-3d and image-to-image: 20 MB, in decimal bytes (v2 docs). */
export const IMAGE_MAX_BYTES = 20_000_000

/** Largest model we turn into a data URI: Meshy's v2 limit for model data URIs, 100 MB. */
export const MODEL_MAX_BYTES = 100_000_000

/** GitHub's own job limit is 6 h; waiting longer can never finish. */
export const TIMEOUT_MAX_MINUTES = 360
export const TIMEOUT_DEFAULT_MINUTES = 30

export const CONCURRENCY_MAX = 100
export const SHARD_MAX = 256

export const DEFAULT_FORMATS = 'glb'
export const DEFAULT_DOWNLOAD = 'model,thumbnail'
export const DEFAULT_OUTPUT_DIR = 'meshy-output'
