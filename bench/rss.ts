// Samples a child's memory from /proc while it runs. VmHWM is the kernel's own peak-RSS mark,
// so even a spike between two samples is caught, as long as one sample lands after it.
import { readFileSync } from 'node:fs'

export interface RssReading {
  /** Highest VmHWM seen, bytes. */
  peakBytes: number
  /** Highest VmRSS seen, bytes. */
  maxRssBytes: number
  samples: number
}

function field(status: string, name: string): number {
  const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)
  return m ? Number(m[1]) * 1024 : 0
}

export function sampleRss(pid: number, everyMs = 20): { stop(): RssReading } {
  const reading: RssReading = { peakBytes: 0, maxRssBytes: 0, samples: 0 }
  const take = (): void => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      reading.peakBytes = Math.max(reading.peakBytes, field(status, 'VmHWM'))
      reading.maxRssBytes = Math.max(reading.maxRssBytes, field(status, 'VmRSS'))
      reading.samples++
    } catch {
      // The process has exited (or become a zombie without /proc data): keep the last reading.
    }
  }
  take()
  const timer = setInterval(take, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return reading
    }
  }
}
