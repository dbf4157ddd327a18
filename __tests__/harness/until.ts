// Waiting for something to happen (a request reaches a fake, a child writes its first line)
// instead of sleeping a fixed time: a loaded machine makes the wait longer, never red. The cap
// is a backstop far above any normal wait, so what never happens fails naming what it waited for.
export async function until(
  what: string,
  ready: () => boolean | Promise<boolean>,
  capMs = 30_000
): Promise<void> {
  const giveUp = Date.now() + capMs
  while (!(await ready())) {
    if (Date.now() > giveUp) throw new Error(`waited ${capMs / 1000} s for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}
