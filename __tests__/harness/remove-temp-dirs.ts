// Loaded by jest before each test file (setupFilesAfterEnv): whatever folders the file made
// with tempDir() are removed once its tests are done, even when a test failed.
import { removeTempDirs } from './temp-dirs.js'

afterAll(() => removeTempDirs())
