// Stands in for @puppeteer/browsers' httpUtil.js in dist/puppeteer-core.mjs (scripts/bundle.mjs):
// it asks Google's servers about browser builds and downloads them, through a proxy stack of its
// own (a PAC interpreter among it, about 1.5 MB). The action never downloads a browser.
function refused() {
  throw new Error('browser downloads are not part of meshy-action')
}
export function headHttpRequest() {
  refused()
}
export function httpRequest() {
  refused()
}
export function downloadFile() {
  refused()
}
export async function getJSON() {
  refused()
}
export async function getText() {
  refused()
}
