// Loaded with `node --import` into the measured action process: at exit it writes the process's
// own CPU time, peak RSS and bytes written (/proc/self/io) to BENCH_USAGE_FILE, so the bench reads
// figures the kernel kept for exactly that process; memory use is also sampled every 250 ms.
import { readFileSync, writeFileSync } from 'node:fs'
import { setInterval } from 'node:timers'

const out = process.env.BENCH_USAGE_FILE
if (out) {
  // Where the memory is at its peak: the V8 heap, or buffers outside it.
  let peak = { rss: 0 }
  const started = Date.now()
  // BENCH_MEMORY_TRACE: every sample as a line (ms, RSS, heap used, heap total in MB), to see
  // which phase of the run the peak belongs to.
  const trace = process.env.BENCH_MEMORY_TRACE
  const lines = []
  const sample = () => {
    const now = process.memoryUsage()
    if (now.rss > peak.rss) peak = { ...now, atMs: Date.now() - started }
    if (trace) {
      const mb = n => Math.round(n / 1e6)
      lines.push(`${Date.now() - started} ${mb(now.rss)} ${mb(now.heapUsed)} ${mb(now.heapTotal)}`)
    }
  }
  setInterval(sample, 250).unref()
  process.on('exit', () => {
    sample()
    if (trace) writeFileSync(trace, lines.join('\n') + '\n')
    const usage = process.resourceUsage()
    let io = ''
    try {
      io = readFileSync('/proc/self/io', 'utf8')
    } catch {
      // not Linux: the byte figure is then unavailable
    }
    const wchar = Number(/^wchar:\s+(\d+)/m.exec(io)?.[1] ?? NaN)
    writeFileSync(
      out,
      JSON.stringify({
        userMicros: usage.userCPUTime,
        systemMicros: usage.systemCPUTime,
        maxRssKb: usage.maxRSS,
        wchar,
        peakMemory: {
          heapUsedMb: Math.round(peak.heapUsed / 1e6),
          heapTotalMb: Math.round(peak.heapTotal / 1e6),
          externalMb: Math.round(peak.external / 1e6),
          arrayBuffersMb: Math.round(peak.arrayBuffers / 1e6),
          atMs: peak.atMs,
          ofMs: Date.now() - started
        }
      })
    )
  })
}

// BENCH_PROFILE_FILE: a V8 CPU profile of the whole run (--cpu-prof is not allowed in
// NODE_OPTIONS). The inspector session is in this thread, so its replies arrive synchronously,
// which is what lets the exit handler write the profile.
const profileFile = process.env.BENCH_PROFILE_FILE
if (profileFile) {
  const { Session } = await import('node:inspector')
  const session = new Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.start')
  process.on('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(profileFile, JSON.stringify(result.profile))
    })
  })
}
