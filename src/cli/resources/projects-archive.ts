/** `projects export` and `projects import`: a project's `.car` to disk and back (Export a Project, Import(Add) a Project). */
import { basename } from 'node:path'
import { readCar } from '../../core/archive/car.js'
import { isNotFound } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import { exportProject, getProject, importProject } from '../../core/oic/projects.js'
import { checkOutputFile, inputFile, streamToFile } from './factory-files.js'
import type { Operation, OperationResult } from './resource.js'

/** `export PROJECT [--deployment CODE] --file OUT.car [--force]`. */
export const exportOperation: Operation = {
  name: 'export',
  summary: 'stream a project (or one deployment of it) as a .car to a file',
  args: ['PROJECT'],
  effect: 'read',
  options: {
    file: {
      description: 'the .car to write (written to a temporary name, renamed when complete)',
      required: true
    },
    deployment: { description: 'export only this deployment of the project (its code)' },
    force: { description: 'replace --file if it exists', boolean: true }
  },
  run: async ({ client, args, options }) => {
    const code = args.PROJECT ?? ''
    checkOutputFile(options.file ?? '', '--file', options.force === 'true')
    // The export body names the project's name and type (contract §5.5); reading it first also makes a missing
    // project one clear 404 before any file is created.
    const project = await getProject(client, code)
    const label = options.deployment || undefined
    const written = await exportProject(
      client,
      { code, name: project.name, type: project.type, label },
      streamToFile(options.file ?? '')
    )
    return {
      kind: 'done',
      message: `Exported ${code}${label ? ` deployment ${label}` : ''} to ${written.path} (${written.size} bytes, sha256 ${written.sha256}).`,
      json: { project: code, deployment: label ?? null, ...written }
    }
  }
}

/** `import FILE.car [--replace]`. */
export const importOperation: Operation = {
  name: 'import',
  summary: 'import a .car (a new project; --replace for one that exists)',
  args: ['FILE'],
  effect: 'write',
  options: {
    replace: {
      description:
        'replace the existing project (PUT /projects/archive; not on an Oracle op page: contract K8)',
      boolean: true
    }
  },
  describe: ({ args, options }) =>
    `${options.replace === 'true' ? 'replace a project with' : 'import a new project from'} ${args.FILE ?? ''}`,
  plansDryRun: true,
  run: async ({ client, args, options, dryRun }) => {
    const file = inputFile(args.FILE ?? '', 'FILE')
    const mode = options.replace === 'true' ? 'replace' : 'add'
    if (dryRun) return planImport(client, file, mode)
    const project = await importProject(client, file, mode)
    const code = project?.code ?? '(not named by the answer)'
    return {
      kind: 'done',
      message: `${mode === 'add' ? 'Imported' : 'Replaced'} project ${code} from ${basename(file)}${project?.state?.status ? ` (status ${project.state.status})` : ''}.`,
      json: project ?? { imported: file }
    }
  }
}

/**
 * The dry run of an import: what the archive holds and whether the target has that project, so the answer OIC would
 * give is known (Import(Add) a Project: 409 when it exists; the replace needs it to exist). Reads only.
 */
async function planImport(
  client: HttpClient,
  file: string,
  mode: 'add' | 'replace'
): Promise<OperationResult> {
  const car = await readCar(file)
  const code = car.project?.code ?? ''
  let exists = true
  try {
    await getProject(client, code)
  } catch (error) {
    if (!isNotFound(error)) throw error
    exists = false
  }
  const what = `project ${code} (${car.integrations.length} integration versions, ${car.connections.length} connections${car.deployment ? `, deployment ${car.deployment}` : ''}) from ${basename(file)}`
  const verdict =
    mode === 'add'
      ? exists
        ? `; ${code} exists in the instance, so OIC would refuse it (409): add --replace to replace it`
        : ''
      : exists
        ? ''
        : `; ${code} is not in the instance, so there is nothing to replace: drop --replace`
  return {
    kind: 'done',
    message: `dry run: would ${mode === 'add' ? 'import' : 'replace'} ${what}${verdict}`,
    json: { dryRun: true, mode, project: code, exists, integrations: car.integrations.length }
  }
}
