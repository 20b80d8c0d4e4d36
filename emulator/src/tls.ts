/** A throw-away CA and a server certificate for 127.0.0.1/localhost, for the emulator's HTTPS mode. */
import { generate } from 'selfsigned'

/** PEM material of the HTTPS mode. */
export interface TlsMaterial {
  /** The CA certificate clients must trust (`ca-certificate`). */
  ca: string
  key: string
  cert: string
}

/** Generates a fresh CA and a server certificate signed by it (EC P-256, valid two days). */
export async function createTlsMaterial(): Promise<TlsMaterial> {
  const notAfterDate = new Date(Date.now() + 2 * 24 * 3600 * 1000)
  const ca = await generate([{ name: 'commonName', value: 'oic-actions emulator test CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true }
    ]
  })
  const server = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' }
        ]
      }
    ]
  })
  return { ca: ca.cert, key: server.private, cert: server.cert }
}
