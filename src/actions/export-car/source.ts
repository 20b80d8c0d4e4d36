/** What `export-car` exports: the project, and the deployment when one is named, checked to exist first. */
import { ConfigurationError } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { listDeployments } from '../../core/oic/deployments.js'
import { orUndefined } from '../../core/oic/not-found.js'
import { getProject, type Project } from '../../core/oic/projects.js'
import { allInOrder } from '../../core/pool.js'

/** The project to export (as the server has it) and the deployment, when one was named. */
export interface ExportSource {
  project: Project
  deployment?: string
  /** `project P` or `project P deployment D`, for messages. */
  what: string
}

/** Reads the project and checks the deployment exists: a wrong name is one line before any download. */
export async function checkSource(
  client: HttpClient,
  s: { project: string; deployment?: string },
  instance: string
): Promise<ExportSource> {
  // Read together (issue 21); a project that is not there answers 404 to both, and is the error reported.
  const [project, listed] = await allInOrder([
    orUndefined(getProject(client, s.project)),
    s.deployment ? orUndefined(listDeployments(client, s.project)) : Promise.resolve(undefined)
  ])
  if (!project)
    throw new ConfigurationError(
      `Project '${s.project}' does not exist in instance '${instance}': check the project input.`,
      { input: 'project' }
    )
  if (s.deployment) {
    const deployments = listed ?? []
    if (!deployments.some(d => d.code === s.deployment)) {
      throw new ConfigurationError(
        `Deployment '${s.deployment}' does not exist in project ${s.project} (deployments there: ${deployments.map(d => d.code).join(', ') || 'none'}): create it with create-deployment first.`,
        { input: 'deployment' }
      )
    }
  }
  const what = `project ${s.project}${s.deployment ? ` deployment ${s.deployment}` : ''}`
  return { project, deployment: s.deployment, what }
}
