/** What `export-car` exports: the project, and the deployment when one is named, checked to exist first. */
import { ConfigurationError } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { listDeployments } from '../../core/oic/deployments.js'
import { orUndefined } from '../../core/oic/not-found.js'
import { getProject, type Project } from '../../core/oic/projects.js'

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
  const project = await orUndefined(getProject(client, s.project))
  if (!project)
    throw new ConfigurationError(
      `Project '${s.project}' does not exist in instance '${instance}': check the project input.`,
      { input: 'project' }
    )
  if (s.deployment) {
    const deployments = await listDeployments(client, s.project)
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
