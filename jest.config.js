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
  testTimeout: 60000,
  // Socket-heavy suites: two workers match the CI machine's two cores.
  maxWorkers: 2
}
