// The benchmark's "service" process: a ServiceRunner answering echo.run (and the kit's own jobs),
// plus a plain nats.js responder on PLAIN_SUBJECT for comparison. Started by bus.ts; it prints
// "ready" once subscribed and exits when its stdin closes (the benchmark is gone) or on SIGTERM.
import { readFileSync, rmSync } from 'node:fs';
import pino from 'pino';
import { keel } from '../../proto';
import { type BusCredentials, connectBus } from '../../services/kit/src/bus';
import { JobClient } from '../../services/kit/src/client';
import { ServiceRunner, defineService } from '../../services/kit/src/service';
import { CREDS_ENV, ORPHAN_ENV, PLAIN_SUBJECT, SERVICE, benchContract } from './common';

const { PingRequest, PingResponse } = keel.kit.v1;

async function main(): Promise<void> {
  const raw = process.env[CREDS_ENV];
  if (!raw) throw new Error(`${CREDS_ENV} is not set; this process is started by bench/bus/bus.js`);
  const creds = JSON.parse(raw) as BusCredentials;
  const nc = await connectBus(creds, `keel-bench-${SERVICE}`);
  const log = pino({ name: SERVICE, level: 'warn' }, pino.destination({ fd: 2, sync: false }));
  const client = new JobClient(nc, SERVICE, `_INBOX.${creds.user}`);
  const def = defineService({
    contract: benchContract,
    version: '1',
    requires: [],
    handlers: {
      'echo.run': () => ({ service: SERVICE, pid: process.pid }),
    },
  });
  const runner = new ServiceRunner(def, nc, client, {}, log);

  // Plain request/reply: same messages, no envelope, no framework.
  nc.subscribe(PLAIN_SUBJECT, {
    queue: SERVICE,
    callback: (_err, msg) => {
      PingRequest.decode(msg.data);
      msg.respond(PingResponse.encode({ service: SERVICE, pid: process.pid }).finish());
    },
  });
  await nc.flush();

  const parent = process.ppid;
  /** The benchmark died without cleaning up (its stdin pipe closed and we were re-parented). */
  const orphanCleanup = () => {
    if (process.ppid === parent) return;
    const o = JSON.parse(process.env[ORPHAN_ENV] ?? '{}') as { natsPid?: number; dir?: string };
    try {
      if (o.natsPid && o.dir && readFileSync(`/proc/${o.natsPid}/cmdline`, 'utf8').includes(o.dir)) process.kill(o.natsPid, 'SIGKILL');
    } catch {
      // already gone
    }
    if (o.dir && o.dir.includes('keel-bench-bus-')) rmSync(o.dir, { recursive: true, force: true });
  };

  let stopping = false;
  const stop = async (orphaned = false) => {
    if (stopping) return;
    stopping = true;
    const hard = setTimeout(() => process.exit(1), 3_000);
    hard.unref();
    try {
      await runner.stop(500);
      client.close();
      await nc.close();
    } finally {
      if (orphaned) orphanCleanup();
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop(true));
  process.stdin.on('error', () => void stop(true));
  process.stdin.resume();
  process.stdout.write('ready\n');
}

main().catch((err) => {
  process.stderr.write(`bench service: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
