// Starts Azurite's blob service on loopback (in memory, no telemetry) for the artifact tests,
// and gives the test the well-known development account to create containers and read blobs.
import { spawn, type ChildProcess } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential
} from '@azure/storage-blob'

// Azurite's published development account: public, documented, useless outside Azurite.
const ACCOUNT = 'devstoreaccount1'
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export interface Azurite {
  /** e.g. http://127.0.0.1:41234/devstoreaccount1 */
  accountUrl: string
  service: BlobServiceClient
  /** A write-only SAS URL for one blob, like the one the results service hands out. */
  signedUploadUrl(container: string, blob: string): string
  readBlob(container: string, blob: string): Promise<Buffer>
  stop(): Promise<void>
}

export async function startAzurite(): Promise<Azurite> {
  const bin = realpathSync(resolve('node_modules/.bin/azurite-blob'))
  const args = [
    ...['--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence'],
    ...['--disableTelemetry', '--skipApiVersionCheck', '--loose', '--silent']
  ]
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const port = await listeningPort(child)
  const accountUrl = `http://127.0.0.1:${port}/${ACCOUNT}`
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY)
  const service = new BlobServiceClient(accountUrl, credential)
  return {
    accountUrl,
    service,
    signedUploadUrl(container, blob) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: container,
          blobName: blob,
          permissions: BlobSASPermissions.parse('cw'),
          expiresOn: new Date(Date.now() + 3600_000)
        },
        credential
      )
      return `${accountUrl}/${container}/${blob}?${sas.toString()}`
    },
    async readBlob(container, blob) {
      return service.getContainerClient(container).getBlobClient(blob).downloadToBuffer()
    },
    stop: () => stopChild(child)
  }
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolvePort, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
      if (match) {
        child.stdout?.off('data', onData)
        child.stdout?.resume()
        resolvePort(Number(match[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', code => reject(new Error(`azurite exited (${code}): ${output}`)))
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise(resolveStop => {
    child.once('exit', () => resolveStop())
    child.kill('SIGTERM')
  })
}
