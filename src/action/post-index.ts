// Entry of the post step: dist/post-index.js, which dist/post/index.js (runs.post) imports.
import { exitSoon, installCrashHandlers, reportCrash } from './crash.js'
import { createLogger } from '../core/log.js'
import { runPost } from './post.js'

installCrashHandlers()
try {
  const core = await import('@actions/core')
  const logger = createLogger({
    debug: m => core.debug(m),
    info: m => core.info(m),
    warning: m => core.warning(m),
    error: m => core.error(m)
  })
  runPost(process.env, logger)
} catch (err) {
  reportCrash(err)
} finally {
  exitSoon()
}
