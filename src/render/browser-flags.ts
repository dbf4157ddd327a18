// The command line of the render browser, in one place so the tests and the bench see the same.
// Each flag has a reason: software WebGL (no GPU on runners), and no background traffic, first-run
// UI or profile sync in a throwaway profile.

export function browserFlags(profileDir: string, isRoot: boolean): string[] {
  return [
    '--headless=new',
    // WebGL through SwiftShader, Chrome's CPU renderer; newer Chrome asks for the second flag.
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-breakpad',
    '--disable-crash-reporter',
    // Containers give /dev/shm 64 MB; a 1024² WebGL frame with its copies can exceed it.
    '--disable-dev-shm-usage',
    '--hide-scrollbars',
    '--mute-audio',
    '--force-color-profile=srgb',
    `--user-data-dir=${profileDir}`,
    // Chrome refuses to start as root with its sandbox on; anyone else keeps the sandbox.
    ...(isRoot ? ['--no-sandbox'] : [])
  ]
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0
}
