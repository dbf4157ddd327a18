// Entry of the bundle (dist/index.js). dist/merge/index.js, the lockfile-merge action's entry, is
// two lines written by scripts/bundle.mjs that mark the process and import this file: both
// actions share one copy of the libraries they both use, and the merge job loads on demand.
import { exitSoon, installCrashHandlers, reportCrash } from './crash.js'
import { run } from './main.js'

if ((globalThis as { meshyActionEntry?: string }).meshyActionEntry === 'merge') {
  const merge = await import('./merge-main.js')
  await merge.run()
} else {
  installCrashHandlers()
  try {
    await run()
  } catch (err) {
    reportCrash(err)
  } finally {
    exitSoon()
  }
}
