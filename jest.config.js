// ts-jest in ESM mode: the @actions toolkit is ESM-only, so tests load it natively.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__', '<rootDir>/fakes'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }]
  },
  // Every run gets a private temp directory and fails if a test leaves a meshy-* entry in it.
  globalSetup: '<rootDir>/__tests__/harness/temp-guard-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/harness/temp-guard-teardown.mjs',
  setupFilesAfterEnv: ['<rootDir>/__tests__/harness/remove-temp-dirs.ts'],
  testTimeout: 60000,
  // Socket-heavy suites: two workers match the CI machine's two cores.
  maxWorkers: 2
}
