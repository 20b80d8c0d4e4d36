/**
 * The project the latency benchmark promotes: in `dev`, `integrations` integrations that each use one of
 * `connections` REST connections on Basic authentication (configured in dev; an import never carries the values,
 * so the target needs them from a connections file), and two empty targets — `prod` for the actions and
 * `prod-ref` for the reference script, so both start from the same state on the same emulator.
 */
import type { Seed } from '../../emulator/index.js'

/** Names of the promotion. */
export const PROMOTION = {
  project: 'BENCH_PROMO',
  deployment: 'REL_BENCH',
  from: 'dev',
  to: 'prod',
  reference: 'prod-ref',
  /** The password every target connection gets (the connections file reads it from the environment). */
  passwordEnv: 'BENCH_CONN_PASSWORD'
} as const

/** Sizes of one promotion. */
export interface PromotionSize {
  integrations: number
  connections: number
  /** Payload per integration in the archive (the export and import times grow with it). */
  payloadBytes: number
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** Integration codes `BENCH_INT_01…`. */
export const integrationCodes = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `BENCH_INT_${pad(i + 1)}`)

/** Connection ids `BENCH_CONN_01…`. */
export const connectionIdsOf = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `BENCH_CONN_${pad(i + 1)}`)

/** The version every integration has. */
export const VERSION = '01.00.0000'

/** The seed: the project in dev, empty `prod` and `prod-ref`. */
export function promotionSeed(size: PromotionSize): Seed {
  const connections = connectionIdsOf(size.connections)
  return {
    instances: [
      {
        name: PROMOTION.from,
        projects: [
          {
            code: PROMOTION.project,
            name: 'Bench promotion',
            connections: connections.map(id => ({
              id,
              adapterType: 'rest',
              role: 'TARGET',
              securityPolicy: 'BASIC_AUTH',
              properties: [
                { propertyName: 'connectionUrl', propertyType: 'URL', value: `https://${id}.dev.example.com` }
              ],
              securityProperties: [
                { propertyName: 'username', value: 'dev-user' },
                { propertyName: 'password', propertyType: 'PASSWORD', value: 'dev-password' }
              ]
            })),
            integrations: integrationCodes(size.integrations).map((code, i) => ({
              code,
              version: VERSION,
              name: `Bench integration ${i + 1}`,
              payloadBytes: size.payloadBytes,
              connections: [connections[i % connections.length] as string]
            }))
          }
        ]
      },
      { name: PROMOTION.to },
      { name: PROMOTION.reference }
    ]
  }
}

/** The target's settings of every connection, as import-car's `connections-file`. */
export function connectionsFile(size: PromotionSize): string {
  const lines = ['connections:']
  for (const id of connectionIdsOf(size.connections))
    lines.push(
      `  ${id}:`,
      '    properties:',
      `      connectionUrl: https://${id}.prod.example.com`,
      '    security-properties:',
      '      username: integration.prod',
      `      password: \${${PROMOTION.passwordEnv}}`
    )
  return `${lines.join('\n')}\n`
}

/** The same settings as Oracle's update body, one per connection (what the reference script sends). */
export function connectionUpdateBody(id: string, password: string): string {
  return JSON.stringify({
    connectionProperties: [
      { propertyName: 'connectionUrl', propertyValue: `https://${id}.prod.example.com` }
    ],
    securityProperties: [
      { propertyName: 'username', propertyValue: 'integration.prod' },
      { propertyName: 'password', propertyValue: password }
    ]
  })
}
