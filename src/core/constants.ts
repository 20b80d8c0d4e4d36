/** Named defaults shared by the actions. */
import { VERSION } from './version.js'

/** Sent as `User-Agent` on every request: the tool and its version (package.json). */
export const USER_AGENT = `oic-actions/${VERSION} (+https://github.com/oic-actions/oic-actions)`

/** Base path of the OIC design-time ("Factory") and monitoring REST API. */
export const OIC_API_BASE = '/ic/api/integration/v1'

/** Default seconds one HTTP request may take (the `request-timeout` input). */
export const DEFAULT_REQUEST_TIMEOUT_S = 120

/** Default attempts after the first for transient failures (the `retries` input). */
export const DEFAULT_RETRIES = 4

/** Environment variables shared between steps. */
export const ENV = {
  url: 'OIC_URL',
  instance: 'OIC_INSTANCE',
  token: 'OIC_ACCESS_TOKEN'
} as const
