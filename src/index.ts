import { exitSoon, installCrashHandlers, reportCrash } from './crash.js'
import { run } from './main.js'

installCrashHandlers()
try {
  await run()
} catch (err) {
  reportCrash(err)
} finally {
  exitSoon()
}
