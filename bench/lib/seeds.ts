/** The seeds of the benchmarks, generated for the requested sizes (the emulator reads them from a JSON file). */
import type { Seed } from '../../emulator/index.js'

/** Project and instances of the archive benchmark. */
export const ARCHIVE = { project: 'BENCH_BIG', from: 'dev', to: 'prod' } as const

/** `export-car`'s inputs for the {@link ARCHIVE} project of `url`'s exporting instance, to `path`, no artifact. */
export function archiveExportInputs(url: string, token: string, path: string): Record<string, string> {
  return {
    project: ARCHIVE.project,
    path,
    'upload-artifact': 'false',
    'oic-url': url,
    instance: ARCHIVE.from,
    'access-token': token
  }
}

/** An exporting instance with one project whose integration carries `payloadBytes`, and an empty target. */
export function archiveSeed(payloadBytes: number): Seed {
  return {
    instances: [
      {
        name: ARCHIVE.from,
        projects: [
          {
            code: ARCHIVE.project,
            name: 'Bench big project',
            integrations: [
              { code: 'BENCH_PAYLOAD', version: '01.00.0000', name: 'Big payload', payloadBytes }
            ]
          }
        ]
      },
      { name: ARCHIVE.to }
    ]
  }
}

/** Project and instance of the connection-test benchmark. */
export const CONNECTIONS = { project: 'BENCH_CONNECTIONS', instance: 'prod' } as const

/** Connection ids `BENCH_C0001…`. */
export const connectionIds = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `BENCH_C${String(i + 1).padStart(4, '0')}`)

/** One project with `count` configured, healthy connections. */
export function connectionsSeed(count: number): Seed {
  return {
    instances: [
      {
        name: CONNECTIONS.instance,
        projects: [
          {
            code: CONNECTIONS.project,
            name: 'Bench connections',
            connections: connectionIds(count).map(id => ({
              id,
              properties: [
                { propertyName: 'connectionUrl', propertyType: 'URL', value: `https://${id}.example.com` }
              ]
            }))
          }
        ]
      }
    ]
  }
}

/** Instance and integration of the resubmit benchmark. */
export const ERRORS = { instance: 'prod', integration: 'BENCH_ORDERS|01.00.0000' } as const

/** `count` recoverable errors within the last hour that all recover on their first resubmission. */
export function errorsSeed(count: number): Seed {
  return {
    instances: [
      {
        name: ERRORS.instance,
        monitoring: {
          seed: 'oic-bench',
          errors: {
            generate: [
              {
                integration: ERRORS.integration,
                count,
                ageMinutes: 1,
                spreadMinutes: 50,
                recoverable: 1,
                recovery: { recover: 1 }
              }
            ]
          }
        }
      }
    ]
  }
}
