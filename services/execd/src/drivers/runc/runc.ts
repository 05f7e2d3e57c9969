import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConflictError, InternalError, InvalidArgumentError } from '../../../../kit/src/errors';
import { type Plan, encodePlan } from '../../task/plan';
import { startShim } from '../../task/shim';
import type { Started } from '../../task/store';
import type { ExecDriver, FirstExit } from '../driver';
import { initState } from '../native/native';
import { ociJson, ociSpec } from './spec';

const RUNC_TIMEOUT_MS = 10_000;

/**
 * runc runs the plan, rendered as an OCI bundle (config.json beside keel-shim's plan). keel-shim
 * stays the init's parent: in its runc mode (plan records `runc`, `runc-root`) it runs
 * `runc create` with the output pipes, adopts the init as subreaper, then `runc start`
 * (addon/src/shim/runc.cc). runc's state lives under runcRoot (keel's exec-root, per daemon).
 */
export class RuncDriver implements ExecDriver {
  readonly id = 'runc';
  constructor(private readonly shim: string, private readonly runc: string, private readonly root: string) {}

  /** Docker's cgroupfs layout, flat: one cgroup per container, removed by runc delete. */
  static cgroupsPath(id: string): string {
    return `/keel-${id}`;
  }

  create(bundle: string, plan: Plan): void {
    if (plan.stdio.tty || plan.stdio.openStdin) throw new InvalidArgumentError('the runc exec driver does not run containers with -t or -i yet');
    const spec = ociSpec(plan, { cgroupsPath: RuncDriver.cgroupsPath(plan.id) });
    const runcRecords = Buffer.from(`runc=${this.runc}\0runc-root=${this.root}\0`);
    writeFileSync(join(bundle, 'config.json'), ociJson(spec), { mode: 0o600 });
    writeFileSync(join(bundle, 'plan'), Buffer.concat([encodePlan(plan), runcRecords]), { mode: 0o600 });
  }

  start(bundle: string): Promise<FirstExit> {
    mkdirSync(this.root, { recursive: true, mode: 0o700 });
    return startShim(this.shim, bundle);
  }

  async kill(id: string, _bundle: string, _started: Started, signal: number): Promise<void> {
    try {
      await this.run(['kill', id, String(signal)]);
    } catch (err) {
      if (/not running|does not exist|container not running/i.test((err as Error).message)) throw new ConflictError(`kill task ${id}: it is not running`);
      throw err;
    }
  }

  state(_id: string, _bundle: string, started: Started): 'running' | 'stopped' {
    return initState(started);
  }

  async delete(id: string): Promise<void> {
    try {
      await this.run(['delete', '--force', id]);
    } catch (err) {
      if (!/does not exist/i.test((err as Error).message)) throw err;
    }
  }

  private run(args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile(this.runc, ['--root', this.root, ...args], { timeout: RUNC_TIMEOUT_MS }, (err, stdout, stderr) => {
        if (err) reject(new InternalError(`runc ${args[0]}: ${(stderr || err.message).trim()}`, { cause: err }));
        else resolve(stdout);
      });
    });
  }
}
