// The baseline for figures 1 and 2: what Meshy's MCP server does — create, then GET the task
// every 5 s until it is terminal. Same fake, same task duration as the action's runs.
import { FAKE_API_KEY } from '../fakes/meshy/index.js'
import { requestJson } from './http.js'
import { sleep } from './stats.js'

const RESOURCE = '/openapi/v2/text-to-3d'
const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELED'])

export interface PollRun {
  id: string
  gets: number
}

export async function createPreview(baseUrl: string, prompt: string): Promise<string> {
  const reply = await requestJson(`${baseUrl}${RESOURCE}`, FAKE_API_KEY, 'POST', {
    prompt,
    should_texture: false
  })
  return String(reply.id)
}

/** `intervalMs` is real time: 5000 / speed when the fake's clock runs `speed` times faster. */
export async function pollUntilDone(
  baseUrl: string,
  id: string,
  intervalMs: number
): Promise<PollRun> {
  let gets = 0
  for (;;) {
    await sleep(intervalMs)
    const task = await requestJson(`${baseUrl}/openapi/v2/tasks/${id}`, FAKE_API_KEY)
    gets++
    if (TERMINAL.has(String(task.status))) return { id, gets }
  }
}
