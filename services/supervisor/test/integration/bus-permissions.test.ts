import { type NatsConnection, connect } from 'nats';
import { keel } from '../../../../proto';
import { JobClient } from '../../../kit/src/client';
import { kitContract } from '../../../kit/src/contract';
import { TestDaemon } from '../../../../test/helpers/daemon';

/** The first asynchronous permission error the server reports on this connection. */
async function permissionError(nc: NatsConnection, ms = 3_000): Promise<string> {
  const timer = new Promise<string>((r) => setTimeout(() => r('none'), ms).unref());
  const watch = (async () => {
    for await (const s of nc.status()) {
      const data = s.data as unknown;
      const text = data instanceof Error ? `${data.message} ${String((data as { permissionContext?: unknown }).permissionContext ?? '')}` : String(data);
      if (s.type === 'error' || text.includes('Permissions Violation')) return text;
    }
    return 'closed';
  })();
  return Promise.race([watch, timer]);
}

describe('bus permissions', () => {
  const d = new TestDaemon('keel-perm');
  const open: NatsConnection[] = [];
  const as = async (user: string) => {
    const c = d.busCredentials(user);
    const nc = await connect({ servers: c.url.replace('nats://', ''), user: c.user, pass: c.password, reconnect: false });
    open.push(nc);
    return nc;
  };
  beforeAll(() => d.start());
  afterAll(async () => {
    for (const nc of open) if (!nc.isClosed()) await nc.close();
    await d.cleanup();
  });

  it('refuses a client without credentials, and one with a wrong password', async () => {
    const { url } = d.busCredentials('tap');
    const server = url.replace('nats://', '');
    await expect(connect({ servers: server, reconnect: false })).rejects.toThrow(/Authorization Violation/i);
    await expect(connect({ servers: server, user: 'engine', pass: 'guess', reconnect: false })).rejects.toThrow(/Authorization Violation/i);
  });

  it("refuses one service's user publishing a job to a service it has no right to call", async () => {
    const observer = await as('tap');
    const delivered: string[] = [];
    observer.subscribe('keel.execd.>', { callback: (_e, m) => delivered.push(m.subject) });
    await observer.flush();
    const nc = await as('graphd');
    const err = permissionError(nc);
    nc.publish('keel.execd.service.ping', keel.common.v1.Job.encode({ id: 'x', name: 'service.ping' }).finish());
    expect(await err).toBe('PERMISSIONS_VIOLATION');
    await observer.flush();
    expect(delivered).toEqual([]);
  });

  it("refuses a service's user reading another service's jobs", async () => {
    const nc = await as('netd');
    const subErr = new Promise<Error>((resolve) => nc.subscribe('keel.engine.>', { callback: (e) => { if (e) resolve(e); } }));
    const e = await subErr;
    expect(e.message).toMatch(/Permissions Violation for Subscription to "?keel.engine.>/);
  });

  it('lets the tap user read everything and publish nothing', async () => {
    const nc = await as('tap');
    const seen: string[] = [];
    nc.subscribe('>', { callback: (_e, m) => seen.push(m.subject) });
    await nc.flush();
    const r = await d.request('GET', '/info');
    expect(r.status).toBe(200);
    await new Promise((res) => setTimeout(res, 200));
    expect(seen).toEqual(expect.arrayContaining(['keel.engine.system.info', 'keel.graphd.service.info', 'keel.execd.service.info']));
    const err = permissionError(nc);
    nc.publish('keel.engine.system.info', new Uint8Array());
    expect(await err).toBe('PERMISSIONS_VIOLATION');
  });

  it("lets the api call the engine, and not execd directly", async () => {
    const nc = await as('api');
    const client = new JobClient(nc, 'api', '_INBOX.api');
    try {
      const info = await client.call(kitContract('engine'), 'service.ping', {}, { timeoutMs: 3_000 });
      expect(info.service).toBe('engine');
      const err = permissionError(nc);
      const denied = client.call(kitContract("execd"), "service.ping", {}, { timeoutMs: 500 }).catch((e: Error) => e);
      expect(await err).toBe('PERMISSIONS_VIOLATION');
      expect(await denied).toBeInstanceOf(Error);
    } finally {
      client.close();
    }
  });

  it('none of this stopped or restarted anything', async () => {
    for (const s of await d.services()) {
      expect(s.State).toBe('running');
      expect(s.Restarts).toBe(0);
    }
    expect((await d.request('GET', '/_ping')).status).toBe(200);
  });
});
