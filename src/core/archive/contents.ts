/**
 * What an OIC archive holds, as read by {@link readArchive}: the project, its deployments, integrations and the
 * assets they bring. The shape follows `docs/inspect-schema.md` (the `inspect --json` output); field names are
 * stable within a {@link CONTENTS_SCHEMA_VERSION}.
 */

/** Version of the contents schema printed by `inspect --json`. */
export const CONTENTS_SCHEMA_VERSION = 1

/** `project`: a whole-project export; `deployment`: one deployment's export; `integration-archive`: an `.iar`. */
export type ArchiveKind = 'project' | 'deployment' | 'integration-archive'

/** An integration version named by code and version. */
export interface VersionRef {
  code: string
  version: string
}

/** The project, from `project/project.yaml`. */
export interface ArchiveProject {
  code: string
  name?: string
  description?: string
  /** `DRAFT` or `CONFIGURED`. */
  status?: string
  /** `DEVELOPED`. */
  type?: string
  revision?: number
  updatedBy?: string
  updatedDate?: string
}

/** A deployment (OIC calls it a label), from `project/labels/<CODE>.json`. */
export interface ArchiveDeployment {
  code: string
  name?: string
  description?: string
  integrations: VersionRef[]
  /** Codes of the AI agents pinned in it. */
  agents: string[]
}

/** What an integration depends on (codes), from its `info.json`. */
export interface ArchiveDependencies {
  connections: string[]
  lookups: string[]
  templates: string[]
}

/** An integration version, from `project/integrations/<CODE>_<VER>/info.json`. */
export interface ArchiveIntegration extends VersionRef {
  name?: string
  dependencies: ArchiveDependencies
  /** `CONFIGURED`, `INPROGRESS` or `ACTIVATED` when exported. */
  persistedState?: string
  /** True when the archive holds a schedule for it (the schedule needs starting after activation). */
  scheduled: boolean
}

/** A connection definition (never its credentials: real archives carry none). */
export interface ArchiveConnection {
  code: string
  name?: string
  /** `applicationTypeRef`: `rest`, `atpdatabase`, `ftp`, … */
  adapterType?: string
  securityPolicy?: string
  /** Names of its connection properties, without the credential reference (`csfkey`, `csfMap`). */
  propertyNames: string[]
  /** `CONFIGURED` or `IN_PROGRESS` in the exporting instance. */
  status?: string
}

/** A lookup (domain value map). */
export interface ArchiveLookup {
  name: string
  description?: string
  columns: string[]
  rows: number
}

/** A versioned asset: library or template. */
export interface ArchiveVersioned extends VersionRef {
  name?: string
}

/** A schedule of a scheduled integration. */
export interface ArchiveSchedule extends VersionRef {
  name?: string
  timeZone?: string
  /** The iCal recurrence, e.g. `FREQ=HOURLY;INTERVAL=1;`. */
  recurrence?: string
}

/** An AI agent asset; `kind` is its folder under `ai_agents/` (`agents`, `tools`, `patterns`, `promptTemplates`). */
export interface ArchiveAgent extends VersionRef {
  kind: string
}

/** Everything read from one archive. */
export interface CarContents {
  kind: ArchiveKind
  /** Undefined only for an integration archive. */
  project?: ArchiveProject
  /** The deployment a deployment export was made for. */
  deployment?: string
  deployments: ArchiveDeployment[]
  integrations: ArchiveIntegration[]
  connections: ArchiveConnection[]
  lookups: ArchiveLookup[]
  libraries: ArchiveVersioned[]
  schedules: ArchiveSchedule[]
  queues: Array<{ code: string; name?: string }>
  templates: ArchiveVersioned[]
  agents: ArchiveAgent[]
  /** Whether `project/rpa.zip` is present. */
  rpa: boolean
  /** Top folders under `project/` this reader does not know (listed, never fatal). */
  unknownFolders: string[]
  /** What looked odd but did not stop the reading. */
  warnings: string[]
  entries: number
  uncompressedBytes: number
}
