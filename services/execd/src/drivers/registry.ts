import type { keel } from '../../../../proto';
import { InvalidArgumentError } from '../../../kit/src/errors';
import { type DriverInitCtx, type DriverRegistration, type ExecDriver, SkipDriver } from './driver';
import { native } from './native/register';
import { runc } from './runc/register';

/** Every exec driver keel has, in the order info lists them. */
export const REGISTRATIONS: readonly DriverRegistration[] = [native, runc];

/** The exec drivers this host runs, by id, and the default for new tasks (changeable while execd runs). */
export class ExecDrivers {
  private readonly drivers = new Map<string, ExecDriver>();
  private readonly skipped = new Map<string, string>();

  constructor(ic: DriverInitCtx, public defaultId: string, regs: readonly DriverRegistration[] = REGISTRATIONS) {
    for (const r of regs) {
      try {
        this.drivers.set(r.id, r.init(ic));
      } catch (err) {
        if (!(err instanceof SkipDriver)) throw err;
        this.skipped.set(r.id, err.message);
      }
    }
    if (!regs.some((r) => r.id === defaultId)) throw new Error(`exec driver "${defaultId}" is not one of ${regs.map((r) => r.id).join(', ')}`);
    if (this.skipped.has(defaultId)) throw new Error(`exec driver ${defaultId} cannot run here: ${this.skipped.get(defaultId)}`);
  }

  /** The driver for a new task: the one asked for ('' = the default). */
  choose(runtime: string): ExecDriver {
    const id = runtime || this.defaultId;
    const d = this.drivers.get(id);
    if (d) return d;
    if (this.skipped.has(id)) throw new InvalidArgumentError(`runtime "${id}" cannot run here: ${this.skipped.get(id)}`);
    throw new InvalidArgumentError(`unknown runtime "${id}": expected one of ${[...this.drivers.keys(), ...this.skipped.keys()].join(', ')}`);
  }

  /** The driver that made a task. */
  get(id: string): ExecDriver {
    const d = this.drivers.get(id);
    if (!d) throw new InvalidArgumentError(`exec driver "${id}" is not running here`);
    return d;
  }

  /** For info: every driver, why any was skipped, and the default. */
  infos(): keel.kit.v1.IDriverInfo[] {
    return [...this.drivers.keys(), ...this.skipped.keys()].sort((a, b) => (a === 'native' ? -1 : b === 'native' ? 1 : a.localeCompare(b)))
      .map((id) => ({ kind: 'execdriver', id, isDefault: id === this.defaultId, skipped: this.skipped.get(id) ?? '' }));
  }
}
