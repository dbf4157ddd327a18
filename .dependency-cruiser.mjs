// The import graph's rules, checked by __tests__/import-graph.test.ts (dependency-cruiser).
// Each layer is a folder, and data flows one way, down this list: core (shared leaves), tasks,
// config → plan → meshy → assets → render → report, then run (one task), batch (manifest, then
// lockfile, then running), and action (the wiring) at the top. A module may import its own
// layer and the layers before it, never a later one; nothing may form a circle.

/**
 * Modules that live with their subject but import only core and each other, so any layer may
 * use them (the few exceptions to the folder rule, each with its reason).
 */
const LEAVES = [
  '^src/core/',
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

/** In data-flow order, one folder each; each may import only itself, earlier layers and leaves. */
const LAYERS = [
  ['tasks', '^src/tasks/'],
  ['config', '^src/config/'],
  ['plan', '^src/plan/'],
  ['meshy', '^src/meshy/'],
  ['assets', '^src/assets/'],
  // Render sheets of downloaded models in a headless browser (page/ runs inside the browser).
  ['render', '^src/render/'],
  ['report', '^src/report/'],
  ['run', '^src/run/'],
  ['batch/manifest', '^src/batch/manifest/'],
  ['batch/lockfile', '^src/batch/lockfile/'],
  ['batch/run', '^src/batch/run/'],
  ['action', '^src/action/']
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
