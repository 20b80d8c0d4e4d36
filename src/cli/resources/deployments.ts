/** `oic-actions deployments …`: the Factory API's deployment calls in a project (seed 000 "Deployments"). */
import { inputError } from '../../core/errors.js'
import { integrationId } from '../../core/oic/api.js'
import {
  createDeployment,
  deleteDeployment,
  getDeployment,
  listDeployments,
  updateDeployment,
  type Deployment
} from '../../core/oic/deployments.js'
import { DEPLOYMENT_OPTIONS, deploymentBody, deploymentRequest, describeRequest } from './deployments-body.js'
import { sendOnce } from './factory-settle.js'
import type { ResourceGroup } from './resource.js'

const row = (d: Deployment): Record<string, unknown> => ({
  code: d.code,
  name: d.name,
  integrations: (d.integrations ?? []).map(i => integrationId(i)).join(', '),
  lastUpdated: d.lastUpdated
})

/** The deployments group. */
export const group: ResourceGroup = {
  name: 'deployments',
  summary: 'list, show, create, update and delete the deployments of a project',
  operations: [
    {
      name: 'list',
      summary: 'every deployment of a project (Retrieve Deployments in a Project)',
      args: ['PROJECT'],
      effect: 'read',
      run: async ({ client, args }) => {
        const items = await listDeployments(client, args.PROJECT ?? '')
        return {
          kind: 'table',
          columns: ['code', 'name', 'integrations', 'lastUpdated'],
          rows: items.map(row),
          json: items
        }
      }
    },
    {
      name: 'get',
      summary: 'one deployment, as the API returns it (Retrieve a Deployment in a Project)',
      args: ['PROJECT', 'CODE'],
      effect: 'read',
      run: async ({ client, args }) => ({
        kind: 'object',
        value: await getDeployment(client, args.PROJECT ?? '', args.CODE ?? '')
      })
    },
    {
      name: 'create',
      summary: 'create a deployment from --integrations or --config (Create a Deployment in a Project)',
      args: ['PROJECT', 'CODE'],
      effect: 'write',
      options: DEPLOYMENT_OPTIONS,
      describe: ({ args, options }) =>
        `create deployment ${describeRequest(args.CODE ?? '', options)} in ${args.PROJECT ?? ''}`,
      run: async ({ client, args, options }) => {
        const project = args.PROJECT ?? ''
        const request = deploymentRequest(args.CODE ?? '', options)
        if (!request.specs)
          throw inputError('create needs --integrations or --config.', {
            input: '--integrations',
            value: '',
            fix: "Give --integrations 'CODE|VERSION,…' or --config FILE."
          })
        const body = await deploymentBody(client, project, request)
        const sent = await sendOnce(
          `create deployment ${body.code} in project ${project}`,
          () => createDeployment(client, project, body),
          async () => (await getDeployment(client, project, body.code)).code === body.code
        )
        return {
          kind: 'done',
          message: `${sent.settled ? `${sent.settled}. ` : ''}Created deployment ${body.code} in ${project}: ${(body.integrations ?? []).map(i => integrationId(i)).join(', ')}.`,
          json: sent.answer ?? body
        }
      }
    },
    {
      name: 'update',
      summary: 'change a deployment; what is not given stays (Update a Deployment in a Project)',
      args: ['PROJECT', 'CODE'],
      effect: 'write',
      options: DEPLOYMENT_OPTIONS,
      describe: ({ args, options }) =>
        `update deployment ${describeRequest(args.CODE ?? '', options)} in ${args.PROJECT ?? ''}`,
      run: async ({ client, args, options }) => {
        const project = args.PROJECT ?? ''
        const request = deploymentRequest(args.CODE ?? '', options)
        // The update replaces the whole deployment (name and code required): what is not given is sent as it is.
        const current = await getDeployment(client, project, request.code)
        const body = await deploymentBody(client, project, request, current)
        const updated = await updateDeployment(client, project, body)
        return {
          kind: 'done',
          message: `Updated deployment ${body.code} in ${project}: ${(body.integrations ?? []).map(i => integrationId(i)).join(', ')}.`,
          json: updated ?? body
        }
      }
    },
    {
      name: 'delete',
      summary: 'delete a deployment (its integrations stay) (Delete a Deployment in a Project)',
      args: ['PROJECT', 'CODE'],
      effect: 'delete',
      describe: ({ args }) => `delete deployment ${args.CODE ?? ''} of ${args.PROJECT ?? ''}`,
      run: async ({ client, args }) => {
        await deleteDeployment(client, args.PROJECT ?? '', args.CODE ?? '')
        return {
          kind: 'done',
          message: `Deleted deployment ${args.CODE ?? ''} of ${args.PROJECT ?? ''}.`,
          json: { deleted: args.CODE, project: args.PROJECT }
        }
      }
    }
  ]
}
