// Verify the bench's command line: --smoke, --latency and --scale=<factor> (bench/lib/options.ts).
import { describe, expect, it } from '@jest/globals'
import { FULL, optionsFrom, SMOKE } from '../../../bench/lib/options.js'

describe('optionsFrom', () => {
  it('runs the full sizes without latency by default, the smoke sizes with --smoke', () => {
    expect(optionsFrom([])).toEqual({ ...FULL, latency: false })
    expect(optionsFrom(['--smoke'])).toEqual({ ...SMOKE, latency: false })
  })

  it('selects the latency benchmarks with --latency, at the sizes of the run and the scale asked', () => {
    const latency = optionsFrom(['--latency'])
    expect(latency).toMatchObject({
      latency: true,
      latencyScale: 0.5,
      promotionIntegrations: 40,
      latencyErrors: 10_000
    })
    expect(optionsFrom(['--latency', '--scale=0.1']).latencyScale).toBe(0.1)
    expect(optionsFrom(['--smoke', '--latency'])).toMatchObject({
      latency: true,
      latencyScale: 0.02,
      promotionIntegrations: 6
    })
  })

  it('refuses unknown arguments and a scale that is not above 0', () => {
    expect(() => optionsFrom(['--fast'])).toThrow(
      'Unknown argument(s): --fast (accepted: --smoke, --latency, --scale=<factor>)'
    )
    expect(() => optionsFrom(['--scale=abc'])).toThrow('Unknown argument(s): --scale=abc')
    expect(() => optionsFrom(['--scale=0'])).toThrow('--scale must be above 0, got 0')
  })
})
