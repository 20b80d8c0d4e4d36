/** An archive spec covering every row of the format's tree (oic-car-format.md §2), shared by the archive tests. */
import type { CarSpec } from './car.js'

/** The demo project: every row of §2, underscores in codes, two labels, a pre-seeded connection dependency. */
export const FULL: CarSpec = {
  code: 'SALES_ORDERS',
  name: 'Sales orders',
  description: 'Orders from the web shop',
  status: 'CONFIGURED',
  integrations: [
    {
      code: 'SO_CREATE_ORDER',
      version: '01.00.0002',
      name: 'Create order',
      connections: ['SO_ERP_CLOUD', 'PRESEEDED_COLLOCATED_CONN_ATP'],
      lookups: ['Countries'],
      templates: ['ORDER_MAIL'],
      persistedState: 'ACTIVATED'
    },
    { code: 'SO_CREATE_ORDER', version: '01.00.0001', connections: ['SO_ERP_CLOUD'] },
    { code: 'TEST_1725367894', version: '01.00.0000', connections: ['SO_FTP'], scheduled: true }
  ],
  connections: [
    {
      code: 'SO_ERP_CLOUD',
      name: 'ERP Cloud',
      adapter: 'erp',
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      properties: { connectionUrl: 'https://erp.example.invalid', tokenUrl: 'https://idcs.example.invalid' },
      prefix: 'ns0'
    },
    { code: 'SO_FTP', adapter: 'ftp', securityPolicy: 'FTP_PASSWORD', status: 'IN_PROGRESS', properties: {} }
  ],
  labels: [
    {
      code: 'ORDERS_R1',
      name: 'Orders release 1',
      integrations: [{ code: 'SO_CREATE_ORDER', version: '01.00.0001' }]
    },
    {
      code: 'ORDERS_R2',
      integrations: [
        { code: 'SO_CREATE_ORDER', version: '01.00.0002' },
        { code: 'TEST_1725367894', version: '01.00.0000' }
      ],
      agents: ['ORDER_HELPER']
    }
  ],
  lookups: [
    {
      name: 'Countries',
      columns: ['iso', 'erp', 'web'],
      rows: [
        ['FR', 'F', 'fr'],
        ['DE', 'D', 'de']
      ]
    }
  ],
  libraries: [{ code: 'DATE_UTILS', version: '01.00.0000', name: 'dateUtils' }],
  queues: [{ code: 'ORDER_EVENTS', name: 'Order events' }],
  templates: [{ code: 'ORDER_MAIL', version: '01.00.0000', name: 'Order mail' }],
  agents: [
    { code: 'ORDER_HELPER', version: '01.00.0000' },
    { code: 'LOOKUP_TOOL', version: '01.00.0001', kind: 'tools' }
  ],
  extra: [{ name: 'project/processes/P_1/process.json', data: '{}' }]
}

/**
 * What reading {@link FULL} gives (the archive reader and `inspect --json` show the same): the project, the
 * deployments, integrations and connections in archive order, and the other assets.
 */
export const FULL_READ = {
  project: {
    code: 'SALES_ORDERS',
    name: 'Sales orders',
    description: 'Orders from the web shop',
    status: 'CONFIGURED',
    type: 'DEVELOPED',
    revision: 3,
    updatedBy: 'dev@example.com',
    updatedDate: '2026-03-12T09:52:23.265+0000'
  },
  deployments: [
    {
      code: 'ORDERS_R1',
      name: 'Orders release 1',
      integrations: [{ code: 'SO_CREATE_ORDER', version: '01.00.0001' }],
      agents: []
    },
    {
      code: 'ORDERS_R2',
      name: 'ORDERS_R2',
      integrations: [
        { code: 'SO_CREATE_ORDER', version: '01.00.0002' },
        { code: 'TEST_1725367894', version: '01.00.0000' }
      ],
      agents: ['ORDER_HELPER']
    }
  ],
  integrations: [
    {
      code: 'SO_CREATE_ORDER',
      version: '01.00.0002',
      name: 'Create order',
      dependencies: {
        connections: ['SO_ERP_CLOUD', 'PRESEEDED_COLLOCATED_CONN_ATP'],
        lookups: ['Countries'],
        templates: ['ORDER_MAIL']
      },
      persistedState: 'ACTIVATED',
      scheduled: false
    },
    {
      code: 'SO_CREATE_ORDER',
      version: '01.00.0001',
      name: 'SO_CREATE_ORDER',
      dependencies: { connections: ['SO_ERP_CLOUD'], lookups: [], templates: [] },
      persistedState: 'CONFIGURED',
      scheduled: false
    },
    {
      code: 'TEST_1725367894',
      version: '01.00.0000',
      name: 'TEST_1725367894',
      dependencies: { connections: ['SO_FTP'], lookups: [], templates: [] },
      persistedState: 'CONFIGURED',
      scheduled: true
    }
  ],
  connections: [
    {
      code: 'SO_ERP_CLOUD',
      name: 'ERP Cloud',
      adapterType: 'erp',
      securityPolicy: 'OAUTH_CLIENT_CREDENTIALS',
      propertyNames: ['connectionUrl', 'tokenUrl'],
      status: 'CONFIGURED'
    },
    {
      code: 'SO_FTP',
      name: 'SO_FTP',
      adapterType: 'ftp',
      securityPolicy: 'FTP_PASSWORD',
      propertyNames: ['connectionUrl'],
      status: 'IN_PROGRESS'
    }
  ],
  lookups: [{ name: 'Countries', description: 'Countries lookup', columns: ['iso', 'erp', 'web'], rows: 2 }],
  libraries: [{ code: 'DATE_UTILS', version: '01.00.0000', name: 'dateUtils' }],
  schedules: [
    {
      code: 'TEST_1725367894',
      version: '01.00.0000',
      name: 'TEST_1725367894',
      timeZone: 'UTC',
      recurrence: 'FREQ=HOURLY;INTERVAL=1;'
    }
  ],
  queues: [{ code: 'ORDER_EVENTS', name: 'Order events' }],
  templates: [{ code: 'ORDER_MAIL', version: '01.00.0000', name: 'Order mail' }],
  agents: [
    { kind: 'agents', code: 'ORDER_HELPER', version: '01.00.0000' },
    { kind: 'tools', code: 'LOOKUP_TOOL', version: '01.00.0001' }
  ]
}

/** The assets besides integrations and connections, as {@link FULL_READ} names them. */
export const ASSETS = ['lookups', 'libraries', 'schedules', 'queues', 'templates', 'agents'] as const
