import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import { findNatsServer } from '../../src/nats-server';
import { SERVICES } from '../../src/permissions';
import { TestDaemon, alive, eventually, processesUnder, sleep } from '../../../../test/helpers/daemon';

type Svc = { Name: string; Pid: number; State: string; Restarts: number };

/** keeld's own processes: itself, nats-server and the six services. */
function processesOf(d: TestDaemon, services: Svc[]): number[] {
  const natsPid = Number(readFileSync(join(d.execRoot, 'bus', 'nats.pid'), 'utf8'));
  return [d.proc.pid!, natsPid, ...services.map((s) => s.Pid)];
}

async function answersAll(d: TestDaemon): Promise<boolean> {
  const ping = await d.request('GET', '/_ping');
  const version = await d.request('GET', '/v1.41/version');
  const info = await d.request('GET', '/v1.41/info');
  return ping.status === 200 && version.status === 200 && info.status === 200 && JSON.parse(info.body).Warnings.length === 0;
}

describe('keeld supervision', () => {
  const d = new TestDaemon('keel-sup');
  beforeAll(() => d.start());
  afterAll(() => d.cleanup());

  it('starts the six services, each its own process, and serves the API only once they answer', async () => {
    const services = await d.services();
    expect(services.map((s) => s.Name)).toEqual([...SERVICES]);
    for (const s of services) {
      expect(s.State).toBe('running');
      expect(alive(s.Pid)).toBe(true);
      expect(readFileSync(`/proc/${s.Pid}/cmdline`, 'utf8')).toContain(`keel-${s.Name}`);
    }
    expect(new Set(services.map((s) => s.Pid)).size).toBe(6);
    expect(await answersAll(d)).toBe(true);
  });

  it('keeps bus credentials in 0600 files, one user per service', () => {
    const files = readdirSync(join(d.execRoot, 'bus')).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual([...SERVICES, 'keeld', 'tap'].map((s) => `${s}.json`).sort());
    const passwords = new Set<string>();
    for (const f of files) {
      const st = require('node:fs').statSync(join(d.execRoot, 'bus', f));
      expect(st.mode & 0o777).toBe(0o600);
      passwords.add(JSON.parse(readFileSync(join(d.execRoot, 'bus', f), 'utf8')).password);
    }
    expect(passwords.size).toBe(files.length);
  });

  it.each([...SERVICES])('restarts %s after SIGKILL; ping, version and info answer again within 2 s', async (name) => {
    const all = await d.services();
    const before = all.find((s) => s.Name === name)!;
    process.kill(before.Pid, 'SIGKILL');
    const t0 = Date.now();
    await eventually(async () => {
      const now = (await d.services()).find((s) => s.Name === name)!;
      return now.State === 'running' && now.Pid !== before.Pid && (await answersAll(d));
    }, 2_000, `${name} back and the API answering`);
    const elapsed = Date.now() - t0;
    const after = (await d.services()).find((s) => s.Name === name)!;
    expect(after.Restarts).toBe(before.Restarts + 1);
    expect(alive(before.Pid)).toBe(false);
    expect(elapsed).toBeLessThan(2_000);
    // the others were not touched
    const others = (svcs: Svc[]) => svcs.filter((s) => s.Name !== name).map((s) => [s.Name, s.Pid, s.Restarts]);
    expect(others(await d.services())).toEqual(others(all));
  });

  it('restarts nats-server on the same address and credentials; every service reconnects', async () => {
    const credsBefore = d.busCredentials('engine');
    const natsPid = Number(readFileSync(join(d.execRoot, 'bus', 'nats.pid'), 'utf8'));
    const pidsBefore = (await d.services()).map((s) => s.Pid);
    process.kill(natsPid, 'SIGKILL');
    await eventually(async () => {
      const newPid = Number(readFileSync(join(d.execRoot, 'bus', 'nats.pid'), 'utf8'));
      return newPid !== natsPid && alive(newPid) && (await answersAll(d));
    }, 10_000, 'bus back and every service answering');
    expect(d.busCredentials('engine')).toEqual(credsBefore);
    // the services reconnected on their own: same processes
    expect((await d.services()).map((s) => s.Pid)).toEqual(pidsBefore);
  });

  it('refuses a second keeld on the same data-root, saying why, and leaves the first alone', async () => {
    const second = new TestDaemon('keel-sup2');
    try {
      await second.start({ wait: false, args: ['--data-root', d.dataRoot] });
      const r = await second.exit;
      expect(r.code).not.toBe(0);
      expect(second.output).toMatch(/another keeld \(pid \d+\) is already running on data-root/);
      expect(await answersAll(d)).toBe(true);
    } finally {
      await second.cleanup();
    }
  });

  it('stops everything in reverse order on SIGTERM and leaves nothing behind', async () => {
    const services = await d.services();
    const pids = processesOf(d, services);
    const r = await d.stop();
    expect(r).toEqual({ code: 0, signal: null });
    for (const pid of pids) expect(alive(pid)).toBe(false);
    expect(existsSync(d.sock)).toBe(false);
    expect(existsSync(join(d.execRoot, 'keeld.pid'))).toBe(false);
    expect(existsSync(join(d.execRoot, 'bus'))).toBe(false);
    expect(existsSync(join(d.dataRoot, 'keeld.lock'))).toBe(false);
    expect(processesUnder(d.dir)).toEqual([]);
    // reverse order: api stopped first, graphd last
    const stops = [...d.output.matchAll(/"why":"SIGTERM".*?"name":"([a-z-]+)"|"name":"([a-z-]+)"[^\n]*"why":"SIGTERM"/g)].map((m) => m[1] ?? m[2]);
    expect(stops).toEqual([...SERVICES].reverse());
  });
});

describe('keeld restart intensity', () => {
  const d = new TestDaemon('keel-int');
  beforeAll(() => d.start({ config: { 'service-restart-intensity': 2, 'service-restart-period': 60 } }));
  afterAll(() => d.cleanup());

  it('marks a service that keeps dying as failed and keeps the rest up', async () => {
    // a tap holds interest in every subject, so NATS cannot answer "no responders" for netd:
    // callers must know from keeld's events that it is down
    const creds = d.busCredentials('tap');
    const tap = await connect({ servers: creds.url.replace('nats://', ''), user: creds.user, pass: creds.password });
    tap.subscribe('>', { callback: () => undefined });
    await tap.flush();
    for (let i = 0; i < 3; i++) {
      const netd = (await d.services()).find((s) => s.Name === 'netd')!;
      expect(netd.State).toBe('running');
      process.kill(netd.Pid, 'SIGKILL');
      if (i < 2) await eventually(async () => (await d.services()).find((s) => s.Name === 'netd' && s.State === 'running' && s.Pid !== netd.Pid), 5_000, 'netd restarted');
    }
    const failed = await eventually(async () => (await d.services()).find((s) => s.Name === 'netd' && s.State === 'failed'), 5_000, 'netd marked failed');
    expect(failed.Pid).toBe(0);
    await sleep(500);
    const services = await d.services();
    expect(services.find((s) => s.Name === 'netd')!.State).toBe('failed');
    for (const s of services.filter((x) => x.Name !== 'netd')) {
      expect(s.State).toBe('running');
      expect(alive(s.Pid)).toBe(true);
    }
    // the daemon still answers at once, and says what is missing
    const t0 = Date.now();
    const info = JSON.parse((await d.request('GET', '/info')).body);
    expect(Date.now() - t0).toBeLessThan(1_500);
    expect(info.Warnings.join('\n')).toMatch(/netd did not report \(service netd is not running/);
    await tap.close();
    expect(d.output).toMatch(/died 3 times within 60 s/);
  });
});

describe('keeld killed outright', () => {
  const d = new TestDaemon('keel-kill');
  afterAll(() => d.cleanup());

  it('takes its services and the bus with it; the next keeld ends a nats-server left on its config', async () => {
    await d.start();
    const services = await d.services();
    const natsPid = Number(readFileSync(join(d.execRoot, 'bus', 'nats.pid'), 'utf8'));
    expect(readFileSync(`/proc/${natsPid}/cmdline`, 'utf8').split('\0')[0]).toMatch(/nats-server$/);
    d.proc.kill('SIGKILL');
    await d.exit;
    // the services see their bus and keeld go; nats-server gets its parent-death signal
    await eventually(() => services.every((s) => !alive(s.Pid)) && !alive(natsPid), 3_000, 'every service and the bus gone');

    // a server on keeld's bus config that nothing ended (started by hand here, as one without
    // the parent-death signal would be left): the next keeld ends it before it starts its own
    const stray = spawn(findNatsServer(), ['-c', join(d.execRoot, 'bus', 'nats.conf')], { stdio: 'ignore' });
    const strayGone = new Promise((r) => stray.once('exit', r));
    try {
      await eventually(() => existsSync(join(d.execRoot, 'bus', 'nats.pid'))
        && Number(readFileSync(join(d.execRoot, 'bus', 'nats.pid'), 'utf8')) === stray.pid, 5_000, 'the stray nats-server up');
      await d.start();
      await Promise.race([strayGone, sleep(5_000).then(() => { throw new Error('the stray nats-server is still running'); })]);
      expect((await d.request('GET', '/_ping')).status).toBe(200);
      expect(d.output).toMatch(/ending the nats-server a previous keeld left running/);
      expect(await d.stop()).toEqual({ code: 0, signal: null });
      expect(processesUnder(d.dir)).toEqual([]);
    } finally {
      if (stray.exitCode === null && stray.signalCode === null) stray.kill('SIGKILL');
    }
  });
});

describe('keeld stopped while it starts', () => {
  const d = new TestDaemon('keel-early');
  afterAll(() => d.cleanup());

  it('stops what it started so far and leaves nothing behind', async () => {
    await d.start({ wait: false });
    // some services are up, the api is not yet
    await eventually(() => processesUnder(d.dir).length >= 4, 15_000, 'nats-server and a few services running');
    const r = await d.stop();
    expect(r).toEqual({ code: 0, signal: null });
    expect(processesUnder(d.dir)).toEqual([]);
    expect(existsSync(join(d.execRoot, 'bus'))).toBe(false);
    expect(existsSync(join(d.dataRoot, 'keeld.lock'))).toBe(false);
  });
});
