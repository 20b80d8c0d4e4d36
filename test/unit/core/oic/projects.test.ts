// Verify the projects list filter (contract K7): `type` travels in `q`, never as a top-level parameter, and items of
// another type are dropped when a server ignores it there.
import { describe, expect, it } from '@jest/globals'
import type { HttpClient, HttpRequest } from '../../../../src/core/http/client.js'
import { listProjects, qWithType } from '../../../../src/core/oic/projects.js'

describe('listProjects', () => {
  it("sends q={…, type:'DEVELOPED'} and filters what a server that ignores it returns", async () => {
    const seen: HttpRequest[] = []
    const client = {
      json: async (req: HttpRequest) => {
        seen.push(req)
        return {
          status: 200,
          headers: {},
          body: {
            items: [{ code: 'A', type: 'DEVELOPED' }, { code: 'B', type: 'ACCELERATOR' }, { code: 'C' }]
          }
        }
      }
    } as unknown as HttpClient
    const page = await listProjects(client, { q: "{name:'A'}", type: 'DEVELOPED', limit: 5 })
    expect(seen[0]?.query).toEqual({ q: "{name:'A', type:'DEVELOPED'}", limit: 5 })
    expect(page.items?.map(p => p.code)).toEqual(['A', 'C'])
  })

  it('builds the q filter', () => {
    expect(qWithType(undefined, 'ACCELERATOR')).toBe("{type:'ACCELERATOR'}")
    expect(qWithType(' {name:/x/} ', 'DEVELOPED')).toBe("{name:/x/, type:'DEVELOPED'}")
    expect(qWithType('{}', 'DEVELOPED')).toBe("{type:'DEVELOPED'}")
    expect(qWithType("{name:'x'}", undefined)).toBe("{name:'x'}")
  })
})
