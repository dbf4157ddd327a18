// Generates a throwaway CA and a loopback server certificate for the HTTPS fakes.
// Run before jest (see package.json "jest"): NODE_EXTRA_CA_CERTS is read only at process start,
// so the CA must exist on disk before the test processes are spawned.
import forge from 'node-forge'
import { mkdirSync, writeFileSync, existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const dir = resolve(process.argv.slice(2).find(a => !a.startsWith('--')) ?? '.test-ca')
const fresh =
  existsSync(join(dir, 'server-key.pem')) &&
  Date.now() - statSync(join(dir, 'server-key.pem')).mtimeMs < 12 * 3600 * 1000
if (fresh && !process.argv.includes('--force')) process.exit(0)

const { pki, md } = forge
const days = n => new Date(Date.now() + n * 86400000)

function certificate(subjectCN, publicKey, issuer, signingKey, extensions) {
  const cert = pki.createCertificate()
  cert.publicKey = publicKey
  cert.serialNumber = forge.util.bytesToHex(forge.random.getBytesSync(9)).replace(/^[89a-f]/, '1')
  cert.validity.notBefore = days(-1)
  cert.validity.notAfter = days(30)
  cert.setSubject([{ name: 'commonName', value: subjectCN }])
  cert.setIssuer(issuer ? issuer.subject.attributes : [{ name: 'commonName', value: subjectCN }])
  cert.setExtensions(extensions)
  cert.sign(signingKey, md.sha256.create())
  return cert
}

const caKeys = pki.rsa.generateKeyPair(2048)
const ca = certificate('meshy-action test CA', caKeys.publicKey, null, caKeys.privateKey, [
  { name: 'basicConstraints', cA: true, critical: true },
  { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
])
const serverKeys = pki.rsa.generateKeyPair(2048)
const server = certificate('localhost', serverKeys.publicKey, ca, caKeys.privateKey, [
  { name: 'basicConstraints', cA: false },
  { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
  { name: 'extKeyUsage', serverAuth: true },
  {
    name: 'subjectAltName',
    altNames: [
      { type: 2, value: 'localhost' },
      { type: 7, ip: '127.0.0.1' },
      { type: 7, ip: '127.0.0.2' },
      { type: 7, ip: '::1' }
    ]
  }
])

mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'ca.pem'), pki.certificateToPem(ca))
writeFileSync(join(dir, 'server-cert.pem'), pki.certificateToPem(server))
writeFileSync(join(dir, 'server-key.pem'), pki.privateKeyToPem(serverKeys.privateKey), {
  mode: 0o600
})
