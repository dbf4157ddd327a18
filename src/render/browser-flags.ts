// The command line and environment of the render browser, in one place so the tests and the bench
// see the same. Each flag has a reason: software WebGL (no GPU on runners); no first-run UI or
// profile sync in a throwaway profile; and no network but loopback. The page only ever loads from
// the action's model server on 127.0.0.1, so the browser needs no name resolution, no proxy and
// none of Chrome's background services (Debian's Chromium reached a search engine's start page
// and Google's update, sign-in and component hosts through a runner's proxy).

/** Chrome's own services that phone home, each off. */
const NO_BACKGROUND_TRAFFIC = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--metrics-recording-only',
  '--no-pings',
  '--dns-prefetch-disable'
]

/**
 * Loopback only, with or without a proxy in the environment: no proxy is used, and every host
 * name resolves to nothing (an address literal such as 127.0.0.1 needs no resolution).
 */
const LOOPBACK_ONLY = [
  '--no-proxy-server',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'
]

export function browserFlags(profileDir: string, isRoot: boolean): string[] {
  return [
    '--headless=new',
    // WebGL through SwiftShader, Chrome's CPU renderer; newer Chrome asks for the second flag.
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--no-first-run',
    '--no-default-browser-check',
    ...NO_BACKGROUND_TRAFFIC,
    ...LOOPBACK_ONLY,
    // Containers give /dev/shm 64 MB; a 1024² WebGL frame with its copies can exceed it.
    '--disable-dev-shm-usage',
    '--hide-scrollbars',
    '--mute-audio',
    '--force-color-profile=srgb',
    `--user-data-dir=${profileDir}`,
    // Chrome refuses to start as root with its sandbox on; anyone else keeps the sandbox.
    ...(isRoot ? ['--no-sandbox'] : []),
    // The first tab opens on a blank page, not a distribution's home page.
    'about:blank'
  ]
}

/** The only variables a child process of the action gets (see childEnvironment). */
export const CHILD_ENV_NAMES = ['PATH', 'TMPDIR', 'LANG'] as const

/**
 * The environment for a child process: an allow-list, never the action's own. The action's holds
 * the API key (INPUT_API-KEY, MESHY_API_KEY), the GitHub token and the runner's tokens
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN); a browser drawing untrusted models,
 * and whatever it starts, must see none of them. HOME is the child's own throwaway folder.
 */
export function childEnvironment(
  home: string,
  from: NodeJS.ProcessEnv = process.env
): Record<string, string> {
  const env: Record<string, string> = { HOME: home }
  for (const name of CHILD_ENV_NAMES) {
    const value = from[name]
    if (value !== undefined) env[name] = value
  }
  return env
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0
}
