// Issue 24 items 2 and 8: the render browser draws untrusted models, so it gets none of the
// action's secrets and reaches nothing but its loopback model server. Its environment is an
// allow-list (read here from /proc for the browser and every process it started), and a proxy in
// the action's environment (a recording one on loopback) sees no request during a render.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fakeModels } from '../fakes/meshy/models.js'
import { browserFlags, childEnvironment } from '../src/render/browser-flags.js'
import { RenderBrowser } from '../src/render/browser.js'
import { BROWSER, withBrowser } from './harness/browser.js'
import { tempDir } from './harness/temp-dirs.js'

const SECRET = 'isolation-test-secret-0123456789'
const SECRET_NAMES = [
  'INPUT_API-KEY',
  'MESHY_API_KEY',
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
]

test('the flags keep the browser off the network and off its home page', () => {
  const flags = browserFlags('/tmp/profile', false)
  for (const flag of [
    '--no-proxy-server',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    '--no-pings',
    '--disable-domain-reliability',
    '--disable-background-networking',
    '--disable-component-update'
  ])
    expect(flags).toContain(flag)
  expect(flags.at(-1)).toBe('about:blank')
})

test('a child environment holds the allow-list only, HOME its own folder', () => {
  const from = { PATH: '/bin', LANG: 'C.UTF-8', TMPDIR: '/t', GITHUB_TOKEN: SECRET, HOME: '/root' }
  expect(childEnvironment('/p', from)).toEqual({
    HOME: '/p',
    PATH: '/bin',
    LANG: 'C.UTF-8',
    TMPDIR: '/t'
  })
})

/** The process and everything it started, from /proc's parent links. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      // Field 4 of stat, after the command in parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // The process ended meanwhile.
    }
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i++)
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid)
  return tree
}

function environOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').filter(Boolean)
  } catch {
    return []
  }
}

withBrowser(
  'the browser and its processes see no secret; a proxy in the environment sees no request',
  async () => {
    const hits: string[] = []
    const proxy = createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`)
      res.writeHead(502).end()
    })
    proxy.on('connect', (req, socket) => {
      hits.push(`CONNECT ${req.url}`)
      socket.destroy()
    })
    await new Promise<void>(done => proxy.listen(0, '127.0.0.1', done))
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    const saved = { ...process.env }
    for (const name of SECRET_NAMES) process.env[name] = SECRET
    for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy'])
      process.env[name] = proxyUrl
    const box = join(tempDir('render-isolation'), 'box.glb')
    writeFileSync(box, (await fakeModels()).box)
    let browser: RenderBrowser | undefined
    try {
      browser = await RenderBrowser.start({ executable: BROWSER!, startTimeoutMs: 60_000 })
      await browser.sheet(box, 30_000)
      // Background services start a few seconds in; give them the time to try.
      await new Promise(done => setTimeout(done, 3000))
      expect(hits).toEqual([])
      const tree = processTree(browser.pid!)
      expect(tree.length).toBeGreaterThan(1)
      for (const pid of tree) {
        const env = environOf(pid)
        expect(env.filter(line => line.includes(SECRET) || line.includes(proxyUrl))).toEqual([])
        const home = env.find(line => line.startsWith('HOME='))
        if (home) expect(home).toMatch(new RegExp(`^HOME=${tmpdir()}/meshy-render-profile-`))
      }
    } finally {
      process.env = saved
      await browser?.close()
      proxy.close()
    }
  },
  180_000
)
