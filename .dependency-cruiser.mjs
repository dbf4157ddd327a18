// The import graph's rules, checked by __tests__/import-graph.test.ts (dependency-cruiser).
// Data flows one way: config → plan → meshy → assets → render → report, then the pipeline, batch
// and the wiring at the top. A module may import its own layer and the layers before it, never a later
// one; nothing may form a circle. tasks/ (the catalogue and shared task types) sits below config
// and plan. Leaves are small modules that anything may import because they import only leaves.

/** Pure helpers with no project imports beyond other leaves; importable from every layer. */
const LEAVES = [
  '^src/(errors|redact|clock|log|format|result|progress)\\.ts$',
  // Meshy's wire types: the shape of a task, read by tasks/ to find result URLs.
  '^src/meshy/types\\.ts$',
  // Input-side checks that config/ runs on a URL and on paths, without touching the network.
  '^src/meshy/base-url\\.ts$',
  '^src/assets/(paths|sniff|file-hash)\\.ts$',
  // Meshy's id shape: checked by config (inputs), meshy (answers) and batch (the lockfile).
  '^src/meshy/task-id\\.ts$',
  // Model stats and budgets: config parses the budgets, assets measures, report shows them.
  '^src/assets/(model-stats|gltf-bounds|gltf-counts|glb-layout|image-size|validator-run|validator-worker|quality-gates)\\.ts$'
]

/** In data-flow order; each may import only itself, earlier layers and leaves. */
const LAYERS = [
  ['tasks', '^src/tasks/'],
  ['config', '^src/config/'],
  ['plan', '^src/plan/'],
  ['meshy', '^src/meshy/'],
  ['assets', '^src/assets/'],
  // Render sheets of downloaded models in a headless browser (page/ runs inside the browser).
  ['render', '^src/render/'],
  ['report', '^src/report/'],
  ['pipeline', '^src/(pipeline|fetch-results|queue-wait|live-tasks)\\.ts$'],
  ['batch', '^src/batch/'],
  [
    'wiring',
    '^src/(main|deps|index|merge-main|crash|dry-run|cancel|run-state|post|post-index|annotations)\\.ts$'
  ]
]

const backEdges = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `no-back-edge-from-${name}`,
  comment: `${name} must not import a later layer (${LAYERS.slice(i + 1)
    .map(([n]) => n)
    .join(', ')}).`,
  severity: 'error',
  from: { path, pathNot: LEAVES },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => p), pathNot: LEAVES }
}))

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import circles make load order and ownership unclear.',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'leaves-import-only-leaves',
      comment: 'A leaf that imported a layer would let that layer leak everywhere.',
      severity: 'error',
      from: { path: LEAVES },
      to: { path: '^src/', pathNot: LEAVES }
    },
    {
      name: 'every-module-has-a-layer',
      comment: 'A new top-level place must be given a layer here, so the rules cover it.',
      severity: 'error',
      from: { path: '^src/', pathNot: [...LEAVES, ...LAYERS.map(([, p]) => p)] },
      to: {}
    },
    ...backEdges
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' }
  }
}
