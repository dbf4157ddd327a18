// The browser the render tests draw with, found as `render: auto` finds one. Locally, without
// one, those tests are skipped; in CI (.ci/run installs chromium) a missing browser is an error.
import { chooseBrowser } from '../../src/render/browser-choice.js'

export const BROWSER = chooseBrowser('', process.env, '/').executable
if (!BROWSER && process.env.CI) throw new Error('no Chrome or Chromium in CI: .ci/run installs it')

export const withBrowser = BROWSER ? test : test.skip
