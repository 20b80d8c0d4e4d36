/**
 * Behaviour switches of the emulator: every behaviour the contract marks [U] (unknown) plus the fault classes
 * tests inject. Settable in a seed file (`switches:`) and at run time (`emulator.switches`).
 */

import type { LatencyModelSettings } from './latency-model.js'

/** A fault applied to matching requests. */
export interface FaultRule {
  /** Method to match (after `X-HTTP-Method-Override`); any when absent. */
  method?: string
  /** Substring or /regex/ matched against the request path (without query). */
  path?: string
  /**
   * `status`: answer `status` (429/502/503/504) instead of handling; `html`: same with a load balancer's HTML page;
   * `reset`: destroy the connection; `truncate`: send only half of the JSON body; `slow-body`: send the body in
   * small chunks `delayMs` apart; `hang`: never answer (for request timeouts); `latency`: wait `delayMs` first.
   */
  kind: 'status' | 'html' | 'reset' | 'truncate' | 'slow-body' | 'hang' | 'latency'
  /** `before` the handler (no effect happens) or `after` it (the effect happens, the response is lost). */
  phase?: 'before' | 'after'
  status?: number
  /** Seconds for a `Retry-After` header on status faults. */
  retryAfter?: number
  delayMs?: number
  /** Apply to this many matching requests, then stop (default: all). */
  times?: number
  /** Let this many matching requests through untouched first. */
  skip?: number
}

/** All switches with their defaults. */
export interface Switches {
  /** Lifetime of issued access tokens in seconds (contract §2.4: 3600). */
  tokenTtlSeconds: number
  /** [U] Accept a bare `urn:opc:resource:consumer::all` scope (account-wide audience). Default off. */
  acceptBareConsumerScope: boolean
  /**
   * K9, older reading: a signed assertion without `kid`/`x5t` is checked against every registered certificate.
   * Default off: refused as OCI IAM documents ("The x5t or kid claim must be present in the JWT assertion header").
   */
  assertionKeyRefOptional: boolean
  /**
   * K9, older reading (Oracle's OIC JWT walkthrough, IU-JWT): `aud` = `https://identity.oraclecloud.com/` suffices.
   * Default off: the identity domain URL must be among the `aud` values (OCI IAM, ClientAssertion.htm).
   */
  assertionGenericAudience: boolean
  /** [U] Refresh tokens are single-use (each refresh returns a new one). Default on. */
  rotateRefreshTokens: boolean
  /**
   * GET /oauth2/v1/authorize consents at once for {@link Switches.authorizeUser} (the emulator has no login page).
   * Default on; off = the user declines: a redirect with `error=access_denied` (RFC 6749 §4.1.2.1).
   */
  authorizeAutoConsent: boolean
  /** The user who consents at the authorization endpoint; null = the seed's first user. */
  authorizeUser: string | null
  /**
   * [U] A registered loopback redirect URI (`http://127.0.0.1/…`, `http://[::1]/…`) matches any port, as RFC 8252
   * §7.3 asks of servers for native apps. Oracle's pages state no such rule: default off, the redirect_uri must
   * equal a registered one exactly (OCI IAM: "Specify the Redirect URI").
   */
  authorizeLoopbackAnyPort: boolean
  /** OIC 2 mode: no `integrationInstance`; the first instance is served. */
  gen2Mode: boolean
  /** [U] Status when `integrationInstance` is missing or unknown: 400 (default) or 404. */
  missingInstanceStatus: 400 | 404
  /** Milliseconds from ACTIVATION_INPROGRESS to ACTIVATED/FAILEDACTIVATION. */
  activationDelayMs: number
  /**
   * K5: `activationStatus` polls answered CONFIGURED ("activation has not yet started", D:Retrieve Integration
   * Activation Status) after an activation request, before ACTIVATION_INPROGRESS. Count [U]; default 2; 0 = the
   * older reading (in progress at once).
   */
  activationConfiguredPolls: number
  /** Activations that end FAILEDACTIVATION with this activation error, by `CODE|VERSION` or `CODE`. */
  activationFailures: Record<string, string>
  /**
   * [U] Most activations in flight per instance (requested, not yet ACTIVATED/FAILEDACTIVATION); one more is
   * answered 429 with `Retry-After` (seconds until the earliest one settles). Oracle documents no such limit (Service
   * Limits, "Component: Integrations"; the Update (Activate/Deactivate) op pages list no 429), so the default is
   * null (none); the 429 is issue 21's reading of an undocumented limit.
   */
  activationConcurrencyLimit: number | null
  /** Milliseconds a recovery job stays IN_PROGRESS before its instances settle. */
  recoveryJobDelayMs: number
  /** [U] Importing a project whose code exists: `reject` with 409 (docs, default) or `merge` (bohort.nl). */
  projectImportExisting: 'reject' | 'merge'
  /** K7, older reading: honour a top-level `type` query on GET /projects. Default off: `type` is a `q` key only. */
  projectsTypeTopLevel: boolean
  /**
   * Status of create project / deployment / lookup: 201 (default; a deployment create answers 201 on OIC 3,
   * test/fixtures/oracle/deployment-create-201.json, source PM) or 200 (the older reading).
   */
  createStatus: 200 | 201
  /**
   * Error bodies with `detail`: `{type, title: reason phrase, detail: message, status}` (the older reading, contract
   * §4.4). Default off: `{status, title: message, type}` as recorded (test/fixtures/oracle/error-412-*.json, PM).
   */
  problemDetail: boolean
  /**
   * Deployments with the older envelope: the list with `hasMore`, `totalResults`, `limit`, `links`, each
   * deployment with `lastUpdatedBy` and `links`. Default off: `items` only, no `links`/`lastUpdatedBy`
   * (test/fixtures/oracle/deployments-list.json, deployment-get.json, PM).
   */
  deploymentsEnvelope: boolean
  /**
   * K11: a connection test with a request body is refused (400): "There's no request body for this operation"
   * (D:Test a Connection in a Project). Off = the older reading (a `{}` body accepted and ignored).
   */
  connectionTestRejectsBody: boolean
  /** K11 [U]: status of a failed connection test: 200 with `status: FAILED` (default, contract §6.4 [I]) or an error. */
  connectionTestFailureStatus: 200 | 400 | 409 | 500
  /**
   * [U] Deleting a connection an integration uses: D:Delete a Connection in a Project documents only 404 and 423
   * (locked). Default 423, the strictest plausible (the page's refusal code; the console will not delete a connection
   * in use); 409 or 412 for other readings, `allow` to delete it anyway.
   */
  connectionDeleteInUse: 423 | 409 | 412 | 'allow'
  /** [U] A successful connection test also marks a draft connection CONFIGURED. Default off. */
  testConfiguresConnection: boolean
  /** Largest accepted archive upload in bytes; larger → 413. 0 = unlimited. */
  maxArchiveBytes: number
  /**
   * [U] Entries outside `project/` in an uploaded `.car`: `reject` (default, 400: no real export has any, format
   * file §1) or `ignore` them.
   */
  archiveForeignEntries: 'reject' | 'ignore'
  /**
   * [U] A deployment export also holds the libraries its integrations call. Default off: format file §4 names
   * only the connections, lookups and templates they depend on.
   */
  deploymentExportLibraries: boolean
  /** [U] Largest monitoring `offset` (third-party claim: 500); null = unlimited. */
  monitoringMaxOffset: number | null
  /** [U] Most ids per bulk resubmit/discard (third-party claim: 50); null = unlimited. */
  bulkIdCap: number | null
  /** Serve a second "instance host" listener that answers every API call with a 307 to the design host. */
  instanceHostRedirect: boolean
  /** Extra milliseconds before handling requests whose path contains the key (e.g. `{"/test": 50}`). */
  latency: Record<string, number>
  /**
   * The latency model (emulator/README.md, "Latency model"): a seeded round trip per request, server time per
   * operation, activation and recovery-job times, all × `scale`; named fields override the model's defaults.
   * Off unless `enabled` is true.
   */
  latencyModel: Partial<LatencyModelSettings>
  /** Injected faults. */
  faults: FaultRule[]
  /** [U] §5.8 Status when a deployment names an integration the project lacks: 400 (default) or 404. */
  deploymentMissingIntegrationStatus: 400 | 404
  /** [I] §6.2 A connection update naming a property the connection does not have: 400 (default) or ignored. */
  rejectUnknownConnectionProperties: boolean
  /** Status of a successful single resubmit: 200 with ErrorResubmitRs (Gen3, default) or 202 (Gen2). */
  resubmitStatus: 200 | 202
  /** Status of a successful bulk discard: 200 (Gen3, default) or 202 (Gen2). */
  bulkDiscardStatus: 200 | 202
  /** [U] Status of resubmitted instances while their recovery job runs: RECOVERING (default) or RESUBMITTED. */
  resubmittedStatus: 'RECOVERING' | 'RESUBMITTED'
  /**
   * [C: contract K2] Body of a bulk resubmit: `sync` (default) — 202 with an empty body unless the query asks
   * `return=sync`; `always` — the ErrorsBulkResubmitRs body every time (the older reading); `never` — an empty
   * 202 even with `return=sync` (a server that ignores the parameter).
   */
  bulkResubmitBody: 'sync' | 'always' | 'never'
  /**
   * [C: contract K3, op page "Retrieve an Error Recovery Job"] Fields of a recovery job: `documented` (default) —
   * `createdDate`, `totalCount`, `recoveredCount`, `failedCount`, `inProgressCount` only; `detailed` — also `id`,
   * `status`, `type`, dates, `links` (the older assumption).
   */
  recoveryJobFields: 'documented' | 'detailed'
  /**
   * [U] Where `GET /monitoring/history` puts its HistoryItemRs rows: `items` (default, like the other monitoring
   * roots) or `records` (Gen2's HistoryItemsRs, G2:Retrieve Historical Tracking Metrics; the Gen3 page names no root).
   */
  historyRoot: 'items' | 'records'
  /**
   * [C: contract K4] Monitoring collections carry `hasMore`, `limit`, `offset`, `links` and a `totalResults` of all
   * matches (the older assumption). Default off: the documented ErrorsRs root only.
   */
  monitoringHasMore: boolean
  /** [C: contract K6] Honour the undocumented monitoring `q` keys `projectCode` and `recoverable`. Default off. */
  monitoringUndocumentedQ: boolean
  /** [U] Most items a monitoring page holds whatever `limit` asks; null = the general maximum (1000). */
  monitoringPageCap: number | null
  /**
   * [I] Errored-instance items name their project as `projectCode` (contract §9.2: Gen3 adds "project info" to the
   * items; the field name was not captured). Default on; off = items without any project field.
   */
  errorItemProject: boolean
  /**
   * Security property names of OAUTH_CLIENT_CREDENTIALS: `oracle` (default) the dotted names of Oracle's Rapid
   * Adapter Builder templates and recorded answers (`oauth.client.id`, `oauth.client.secret`,
   * `oauth.access.token.uri`, …); `legacy` [U] the emulator's older `clientId`, `clientSecret`, `accessTokenUri`.
   */
  policyPropertyNames: 'legacy' | 'oracle'
  /**
   * [U] An update that changes `securityPolicy`: `same-request` (default; the policy is applied first and the
   * body's security properties are checked against the chosen policy, as RCHAFIK's body sets both) or `separate`
   * (such a body may carry no security properties; send them in a second update).
   */
  policyChange: 'same-request' | 'separate'
  /**
   * [U] A connection whose policy needs console consent and has none: `draft` (default; status INPROGRESS, a test
   * answers 409) or `configured` (status CONFIGURED, a test answers 200 FAILED naming the missing consent).
   */
  consentState: 'draft' | 'configured'
  /** [U] Activating an integration whose connection waits for consent ends FAILEDACTIVATION. Default on. */
  consentBlocksActivation: boolean
  /**
   * [U] Deactivating an integration whose schedule is ACTIVE or HOLD: `reject` (default, 412: stop it first, as
   * scripts do, ATHEEK/SCHED-SH) or `stop` (the schedule is stopped, CANCELLED, with the deactivation).
   */
  deactivateScheduled: 'reject' | 'stop'
  /** [U] Changing a schedule's definition while ACTIVE or HOLD: `reject` (default, 412) or `accept`. */
  scheduleUpdateWhileActive: 'reject' | 'accept'
}

/** Defaults of every switch. */
export function defaultSwitches(): Switches {
  return {
    tokenTtlSeconds: 3600,
    acceptBareConsumerScope: false,
    assertionKeyRefOptional: false,
    assertionGenericAudience: false,
    rotateRefreshTokens: true,
    authorizeAutoConsent: true,
    authorizeUser: null,
    authorizeLoopbackAnyPort: false,
    gen2Mode: false,
    missingInstanceStatus: 400,
    activationDelayMs: 300,
    activationConfiguredPolls: 2,
    activationFailures: {},
    activationConcurrencyLimit: null,
    recoveryJobDelayMs: 300,
    projectImportExisting: 'reject',
    projectsTypeTopLevel: false,
    createStatus: 201,
    problemDetail: false,
    deploymentsEnvelope: false,
    connectionTestRejectsBody: true,
    connectionTestFailureStatus: 200,
    connectionDeleteInUse: 423,
    testConfiguresConnection: false,
    maxArchiveBytes: 0,
    archiveForeignEntries: 'reject',
    deploymentExportLibraries: false,
    monitoringMaxOffset: null,
    bulkIdCap: null,
    instanceHostRedirect: false,
    latency: {},
    latencyModel: {},
    faults: [],
    deploymentMissingIntegrationStatus: 400,
    rejectUnknownConnectionProperties: true,
    resubmitStatus: 200,
    bulkDiscardStatus: 200,
    resubmittedStatus: 'RECOVERING',
    bulkResubmitBody: 'sync',
    recoveryJobFields: 'documented',
    historyRoot: 'items',
    monitoringHasMore: false,
    monitoringUndocumentedQ: false,
    monitoringPageCap: null,
    errorItemProject: true,
    policyPropertyNames: 'oracle',
    policyChange: 'same-request',
    consentState: 'draft',
    consentBlocksActivation: true,
    deactivateScheduled: 'reject',
    scheduleUpdateWhileActive: 'reject'
  }
}
