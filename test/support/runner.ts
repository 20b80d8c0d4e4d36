/** The step runner shared with `npm start` and the benchmarks. */
export * from '../../scripts/lib/run-step.js'
