import { CALLS, SERVICES, servicePermissions, supervisorPermissions, tapPermissions } from '../../src/permissions';

/** NATS subject matching: `*` one token, `>` the rest. */
function matches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}
const allowed = (list: { allow?: string[]; deny?: string[] }, subject: string) =>
  (list.allow ?? []).some((p) => matches(p, subject)) && !(list.deny ?? []).some((p) => matches(p, subject));

describe('bus permissions (least privilege)', () => {
  it('lets each service publish jobs only to the services it calls', () => {
    for (const svc of SERVICES) {
      const perms = servicePermissions(svc);
      for (const target of [...SERVICES, 'keeld']) {
        expect([svc, target, allowed(perms.publish, `keel.${target}.service.ping`)]).toEqual([svc, target, CALLS[svc].includes(target)]);
      }
    }
    expect(CALLS.engine).toContain('graphd');
    expect(CALLS.api).toEqual(['engine', 'graphd', 'keeld']);
    expect(CALLS.graphd).toEqual([]);
  });

  it('lets each service read only its own jobs and its own reply inbox', () => {
    for (const svc of SERVICES) {
      const perms = servicePermissions(svc);
      expect(allowed(perms.subscribe, `keel.${svc}.service.ping`)).toBe(true);
      expect(allowed(perms.subscribe, `_INBOX.${svc}.abc.1`)).toBe(true);
      for (const other of SERVICES.filter((o) => o !== svc)) {
        expect(allowed(perms.subscribe, `keel.${other}.service.ping`)).toBe(false);
        expect(allowed(perms.subscribe, `_INBOX.${other}.abc.1`)).toBe(false);
      }
      expect(allowed(perms.subscribe, 'keel.events.keeld.service.exited')).toBe(true);
      expect(allowed(perms.publish, `keel.events.${svc}.thing.happened`)).toBe(true);
      expect(allowed(perms.publish, 'keel.events.keeld.service.exited')).toBe(false);
      expect(perms.allow_responses).toBe(true);
    }
  });

  it('lets the api publish execd\'s volume jobs and none of execd\'s others', () => {
    const api = servicePermissions('api').publish;
    for (const verb of ['create', 'list', 'inspect', 'remove', 'prune']) expect(allowed(api, `keel.execd.volume.${verb}`)).toBe(true);
    for (const job of ['task.create', 'task.start', 'task.kill', 'task.delete', 'service.ping', 'volumes.list']) {
      expect([job, allowed(api, `keel.execd.${job}`)]).toEqual([job, false]);
    }
    for (const svc of SERVICES.filter((s) => s !== 'api' && s !== 'engine')) {
      expect([svc, allowed(servicePermissions(svc).publish, 'keel.execd.volume.remove')]).toEqual([svc, false]);
    }
  });

  it('gives the tap read-only access to everything and keeld all of it', () => {
    expect(allowed(tapPermissions.subscribe, 'keel.engine.system.info')).toBe(true);
    expect(allowed(tapPermissions.subscribe, '_INBOX.api.x.1')).toBe(true);
    expect(allowed(tapPermissions.publish, 'keel.engine.system.info')).toBe(false);
    expect(allowed(supervisorPermissions.publish, 'keel.graphd.service.ping')).toBe(true);
  });
});
