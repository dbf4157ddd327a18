// Two projects: `unit` (npm run test:unit) runs in seconds and needs nothing built; `e2e`
// (npm run test:e2e) runs the bundled action, a browser, child processes that crash or get
// killed, or big fakes, and bundles the sources once before its first suite
// (harness/bundle-setup.mjs). `npm run jest` runs both.

/** Suites of the e2e project, by file name (without .test.ts); every other suite is a unit. */
const E2E = [
  // Every e2e-* suite: the bundled action, spawned as the runner spawns it.
  'e2e-.*',
  // Also spawn the bundle (harness/run-action.ts refuses to outside this project).
  'annotations',
  'demo',
  'provenance',
  'queue-wait',
  'readme-workflows',
  'sniff-linear',
  'user-notices',
  // Compares the committed dist/ with the bundle the global setup built.
  'dist-fresh',
  // A browser: render sheets, and the summary drawn for the docs.
  'render-confinement',
  'render-isolation',
  'render-textures',
  'report-batch-summary',
  // Child processes: killed mid-write, or dependency-cruiser over the whole tree.
  'batch-crash',
  'batch-journal-crash',
  'import-graph',
  // Whole batches against the fake in real time: seconds each.
  'batch-chain',
  'batch-credits',
  'batch-deadline',
  'batch-order',
  'batch-run'
]
const e2ePattern = `/__tests__/(${E2E.join('|')})\\.test\\.ts$`

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__', '<rootDir>/fakes'],
  // ts-jest in ESM mode: the @actions toolkit is ESM-only, so tests load it natively.
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }]
  },
  setupFilesAfterEnv: ['<rootDir>/__tests__/harness/remove-temp-dirs.ts']
}

const projects = [
  {
    ...shared,
    displayName: 'unit',
    testMatch: ['**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', e2ePattern]
  },
  {
    ...shared,
    displayName: 'e2e',
    testRegex: e2ePattern,
    // Runs only when a suite of this project is selected.
    globalSetup: '<rootDir>/__tests__/harness/bundle-setup.mjs'
  }
]

// test:unit and test:e2e name their project here rather than with --selectProjects, which would
// take the file names given after it for more project names.
const only = process.env.MESHY_TEST_PROJECT

export default {
  projects: projects.filter(project => !only || project.displayName === only),
  // Every run gets a private temp directory and fails if a test leaves a meshy-* entry in it.
  globalSetup: '<rootDir>/__tests__/harness/temp-guard-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/harness/temp-guard-teardown.mjs',
  testTimeout: 60000,
  // Socket-heavy suites: two workers match the CI machine's two cores.
  maxWorkers: 2
}
