/** Plausible fault texts for generated errors: transient ones (recoverable) and data/mapping ones (not). */
import type { ConnectionRef } from './types.js'

/** Connection of generated errors when the seed names none. */
export const DEFAULT_CONNECTION: ConnectionRef = { code: 'REST_TARGET', name: 'Rest Target', appType: 'rest' }

const TRANSIENT = [
  (c: ConnectionRef) =>
    `Unable to invoke endpoint URI "https://${c.code.toLowerCase().replace(/_/g, '-')}.example.com/api/v1" successfully due to: 503 Service Unavailable.`,
  (c: ConnectionRef) =>
    `Read timed out: connection ${c.name} did not answer within 240 seconds (java.net.SocketTimeoutException).`,
  (c: ConnectionRef) => `Connection refused while invoking ${c.name}; the target system may be down.`,
  () => 'JBO-27122: SQL error during statement preparation: ORA-00054: resource busy and acquire with NOWAIT.'
]

const PERMANENT = [
  () =>
    'XPath evaluation failed in mapping: the expression "/ns0:order/ns0:lines/ns0:line" returned an empty node-set.',
  () => 'Invalid request payload: the element "customerId" is required but was not supplied.',
  () => 'Lookup SO_COUNTRY_CODES has no value for key "XX"; the integration cannot translate the country.'
]

/** A fault message for a generated error, picked by `random` in [0, 1). */
export function faultMessage(connection: ConnectionRef, recoverable: boolean, random: number): string {
  const list = recoverable ? TRANSIENT : PERMANENT
  const make = list[Math.floor(random * list.length)] ?? list[0]
  return (make as (c: ConnectionRef) => string)(connection)
}

/** A stack-trace-like `errorDetails` for a message. */
export function faultDetails(message: string, connection: ConnectionRef | undefined): string {
  const adapter = connection ? `${connection.appType}-adapter` : 'orchestration'
  return [
    `oracle.cloud.connector.api.CloudInvocationException: ${message}`,
    `\tat oracle.cloud.connector.${adapter}.invoke(${adapter}.java:412)`,
    '\tat oracle.tip.pc.services.pipeline.PipelineRunner.run(PipelineRunner.java:118)'
  ].join('\n')
}
