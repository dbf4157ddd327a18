// What puppeteer-core imports from @puppeteer/browsers, without its download, install and CLI
// code (with yargs, archive readers and a proxy stack, over 2 MB): scripts/bundle.mjs puts this module in
// its place when it builds dist/puppeteer-core.mjs. The action only launches a browser that is
// already on the runner; the names puppeteer uses for its own downloads throw if ever called.
export {
  launch,
  computeExecutablePath,
  computeSystemExecutablePath,
  TimeoutError,
  CDP_WEBSOCKET_ENDPOINT_REGEX,
  WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX,
  Process
} from '../node_modules/@puppeteer/browsers/lib/esm/launch.js'
export { detectBrowserPlatform } from '../node_modules/@puppeteer/browsers/lib/esm/detectPlatform.js'
export {
  Browser,
  BrowserPlatform,
  ChromeReleaseChannel,
  createProfile
} from '../node_modules/@puppeteer/browsers/lib/esm/browser-data/browser-data.js'

function notShipped(name) {
  return () => {
    throw new Error(`${name}: browser downloads are not part of meshy-action`)
  }
}
export const getInstalledBrowsers = notShipped('getInstalledBrowsers')
export const uninstall = notShipped('uninstall')
// Asks Google's servers which build a tag names (with a proxy stack of its own, about 1.5 MB).
export const resolveBuildId = notShipped('resolveBuildId')
