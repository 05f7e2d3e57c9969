import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type NatsConnection, connect } from 'nats';
import { keel } from '../../../../proto';
import { JobClient } from '../../../kit/src/client';
import { TestDaemon } from '../../../../test/helpers/daemon';
import { graphd } from '../../../graphd/src/index';
import { engine } from '../../src/contract';

export { engine, graphd };

/** A keeld of the test's own, and a job client with keeld's credentials (it may call everything). */
export class EngineBus {
  readonly d: TestDaemon;
  nc!: NatsConnection;
  client!: JobClient;
  events: { subject: string; ev: keel.engine.v1.ContainerEvent }[] = [];

  constructor(name: string) {
    this.d = new TestDaemon(name);
  }

  async start(): Promise<void> {
    await this.d.start();
    await this.connect();
  }

  async connect(): Promise<void> {
    this.client?.close();
    if (this.nc && !this.nc.isClosed()) await this.nc.close();
    const c = this.d.busCredentials('keeld');
    this.nc = await connect({ servers: c.url.replace(/^nats:\/\//, ''), user: c.user, pass: c.password });
    this.client = new JobClient(this.nc, 'keeld', `_INBOX.${c.user}`);
    this.nc.subscribe('keel.events.engine.container.*', {
      callback: (_e, m) => {
        const env = keel.events.v1.Envelope.decode(m.data);
        this.events.push({ subject: m.subject, ev: keel.engine.v1.ContainerEvent.decode(env.payload) });
      },
    });
    await this.nc.flush();
  }

  /** Imports the busybox fixture as busybox:latest (CMD ["sh"]). */
  async importBusybox(): Promise<keel.graphd.v1.IImage> {
    const src = join(this.d.dataRoot, 'tmp', 'busybox.tar');
    mkdirSync(join(this.d.dataRoot, 'tmp'), { recursive: true });
    execFileSync('bash', [join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'busybox-rootfs.sh'), src]);
    const { image } = await this.client.call(graphd, 'image.import', { sourcePath: src, repo: 'busybox', changes: ['CMD ["sh"]', 'ENV IMG=1'] }, { timeoutMs: 60_000 });
    return image!;
  }

  create(config: keel.engine.v1.IContainerConfig, name = '') {
    return this.client.call(engine, 'container.create', { name, config });
  }

  /** Removes what a failed test left, then stops the daemon and removes its directory. */
  async stop(): Promise<void> {
    if (this.client) {
      const left = await this.client.call(engine, 'container.list', { all: true }).catch(() => ({ containers: [] }));
      for (const c of left.containers) await this.client.call(engine, 'container.remove', { id: c.id ?? '', force: true }).catch(() => undefined);
    }
    this.client?.close();
    if (this.nc && !this.nc.isClosed()) await this.nc.close();
    await this.d.cleanup();
  }

  /** What the daemon holds on disk for containers: rootfs dirs, task bundles. */
  leftovers(): { mounts: string[]; bundles: string[] } {
    const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4]).filter((m) => m && m.startsWith(this.d.dir));
    const dir = join(this.d.dataRoot, 'execd', 'containers');
    const bundles = existsSync(dir) ? readdirSync(dir) : [];
    return { mounts, bundles };
  }
}

export async function errorOf(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error('expected an error');
}
