// Hand-built RunResult fixtures (task shapes as docs/meshy-rules.md describes them) with real
// files in a temp workspace, and a Config with every report part switched off unless a test turns it on.
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import type { CommonConfig } from '../../src/config/types.js'
import type { MeshyTask } from '../../src/meshy/types.js'
import type { DownloadedFile, RunResult } from '../../src/core/result.js'
import { tempDir } from '../../__tests__/harness/temp-dirs.js'

export const HOSTILE_PROMPT =
  'a chair <img src=x onerror=alert(1)>\n\n::set-output name=pwned::1\n[click](https://evil.example) @octocat #1'
export const SIGNATURE = 'Signature=abcDEF0123456789secretsig'

const signed = (path: string) =>
  `https://assets.meshy.ai/u-123/tasks/${path}?Expires=1757566101&${SIGNATURE}&Key-Pair-Id=K2ABC`

export function refineTask(
  id = '01a07f61-6956-7630-a9a5-e0dcfd344683',
  prompt = HOSTILE_PROMPT
): MeshyTask {
  return {
    id,
    type: 'text-to-3d-refine',
    mode: 'refine',
    prompt,
    texture_prompt: '',
    status: 'SUCCEEDED',
    progress: 100,
    created_at: 1757306688000,
    started_at: 1757306690100,
    finished_at: 1757306901300,
    expires_at: 1757566101300,
    preceding_tasks: 0,
    consumed_credits: 10,
    model_urls: { glb: signed(`${id}/output/model.glb`), fbx: signed(`${id}/output/model.fbx`) },
    thumbnail_url: signed(`${id}/output/preview.png`),
    texture_urls: [{ base_color: signed(`${id}/output/texture_0.png`) }],
    task_error: { message: '' }
  }
}

export function pngBytes(seed: number): Buffer {
  const png = new PNG({ width: 4, height: 4 })
  for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 37 + seed) & 0xff
  return PNG.sync.write(png)
}

export function glbBytes(size = 2048): Buffer {
  const body = randomBytes(size)
  const header = Buffer.alloc(12)
  header.write('glTF', 0, 'ascii')
  header.writeUInt32LE(2, 4)
  header.writeUInt32LE(12 + size, 8)
  return Buffer.concat([header, body])
}

export interface Workspace {
  dir: string
  outputDir: string
}

export async function workspace(): Promise<Workspace> {
  const dir = tempDir('report')
  const outputDir = join(dir, 'meshy-output')
  await mkdir(outputDir, { recursive: true })
  return { dir, outputDir }
}

export async function writeFileRecord(
  ws: Workspace,
  rel: string,
  bytes: Buffer,
  meta: Pick<DownloadedFile, 'kind' | 'label' | 'taskId'>
): Promise<DownloadedFile> {
  const absPath = join(ws.outputDir, rel)
  await mkdir(join(absPath, '..'), { recursive: true })
  await writeFile(absPath, bytes)
  return {
    ...meta,
    path: `meshy-output/${rel}`,
    absPath,
    bytes: bytes.length
  }
}

/** One refine task with a GLB and a PNG thumbnail on disk. */
export async function singleRun(ws: Workspace, task = refineTask()): Promise<RunResult> {
  const files = [
    await writeFileRecord(ws, 'model.glb', glbBytes(), {
      kind: 'model',
      label: 'glb',
      taskId: task.id
    }),
    await writeFileRecord(ws, 'thumbnail.png', pngBytes(task.id.length), {
      kind: 'thumbnail',
      label: 'png',
      taskId: task.id
    })
  ]
  return {
    tasks: [
      {
        task,
        resource: { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' },
        startedAt: 1000,
        endedAt: 212_000
      }
    ],
    files
  }
}

export function config(ws: Workspace, overrides: Partial<CommonConfig> = {}): CommonConfig {
  return {
    apiKey: 'msy_fake_secret_key_0123456789abcdef',
    testMode: false,
    baseUrl: 'https://api.meshy.ai',
    wait: true,
    timeoutMs: 30 * 60_000,
    workspace: ws.dir,
    outputDir: ws.outputDir,
    summary: false,
    githubToken: '',
    prComment: false,
    commentKey: '',
    artifactName: '',
    previewBranch: '',
    dryRun: false,
    quality: { validate: 'warn' },
    render: { mode: 'false', chromePath: '' },
    ...overrides
  }
}

/** The runner's environment for a pull_request run, with the event payload in a file. */
export async function prEnv(
  ws: Workspace,
  apiUrl: string,
  pr = 7,
  eventName = 'pull_request'
): Promise<NodeJS.ProcessEnv> {
  const eventPath = join(ws.dir, 'event.json')
  await writeFile(
    eventPath,
    JSON.stringify({ action: 'synchronize', number: pr, pull_request: { number: pr } })
  )
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/assets',
    GITHUB_RUN_ID: '987654',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_WORKFLOW: 'Assets',
    GITHUB_JOB: 'generate',
    GITHUB_STEP_SUMMARY: join(ws.dir, 'step-summary.md')
  }
}
