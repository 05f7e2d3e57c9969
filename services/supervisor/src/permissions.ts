/**
 * Who may say what on the bus: one nats-server user per service, least privilege.
 * A service may publish requests only to the services it calls, events only under its own
 * name, and read only its own jobs and its own reply inbox. keeld reads and writes everything;
 * the tap user (for `keel bus tap`) reads everything and publishes nothing.
 */
export const SERVICES = ['graphd', 'netd', 'execd', 'registry-client', 'engine', 'api'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The services each service sends jobs to. */
export const CALLS: Record<ServiceName, readonly string[]> = {
  api: ['engine', 'graphd', 'keeld'],
  engine: ['graphd', 'netd', 'execd', 'registry-client', 'keeld'],
  'registry-client': ['graphd'],
  graphd: [],
  netd: [],
  execd: [],
};

/** Single nouns of a service a caller may use without the rest of it: the api serves /volumes from execd's volume jobs. */
export const CALLS_NOUNS: Partial<Record<ServiceName, readonly string[]>> = {
  api: ['keel.execd.volume.>'],
};

/** Services that follow the daemon's events. */
const READS_EVENTS: readonly string[] = ['api', 'engine'];

export interface Permissions {
  publish: { allow?: string[]; deny?: string[] };
  subscribe: { allow?: string[]; deny?: string[] };
  allow_responses?: boolean;
}

export function servicePermissions(svc: ServiceName): Permissions {
  return {
    publish: { allow: [...CALLS[svc].map((c) => `keel.${c}.>`), ...(CALLS_NOUNS[svc] ?? []), `keel.events.${svc}.>`] },
    subscribe: {
      // every service hears keeld's events (a service that exits fails the jobs sent to it)
      allow: [`keel.${svc}.>`, `_INBOX.${svc}.>`, ...(READS_EVENTS.includes(svc) ? ['keel.events.>'] : ['keel.events.keeld.>'])],
    },
    allow_responses: true,
  };
}

export const SUPERVISOR_USER = 'keeld';
export const TAP_USER = 'tap';

export const supervisorPermissions: Permissions = { publish: { allow: ['>'] }, subscribe: { allow: ['>'] } };
export const tapPermissions: Permissions = { publish: { deny: ['>'] }, subscribe: { allow: ['>'] } };
