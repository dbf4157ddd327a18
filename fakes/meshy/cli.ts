// Standalone fake Meshy for the demo and bench:
//   npx tsx fakes/meshy/cli.ts [--port N] [--http] [--speed N] [--duration MS] [--model-bytes N] [--v1]
// Prints one JSON line {"url","assetUrl","httpUrl"} and runs until SIGTERM/SIGINT.

import { startFakeMeshy, type FakeMeshyOptions } from './index.js'

function parseArgs(argv: string[]): FakeMeshyOptions {
  const options: FakeMeshyOptions = {}
  const number = (flag: string, value: string | undefined): number => {
    const n = Number(value)
    if (value === undefined || !Number.isFinite(n)) throw new Error(`${flag} needs a number`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--http') options.tls = false
    else if (flag === '--port') options.port = number(flag, argv[++i])
    else if (flag === '--speed') options.speed = number(flag, argv[++i])
    else if (flag === '--duration') options.durationMs = number(flag, argv[++i])
    else if (flag === '--model-bytes') options.modelBytes = number(flag, argv[++i])
    else if (flag === '--v1')
      options.v1 = true // also serve API v1's routes
    else throw new Error(`unknown flag ${flag}`)
  }
  return options
}

async function main(): Promise<void> {
  const fake = await startFakeMeshy(parseArgs(process.argv.slice(2)))
  const { url, assetUrl, httpUrl } = fake
  process.stdout.write(`${JSON.stringify({ url, assetUrl, httpUrl })}\n`)
  const stop = (): void => {
    fake.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`fake Meshy: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(2)
})
