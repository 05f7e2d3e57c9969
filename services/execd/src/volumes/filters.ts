import { InvalidArgumentError } from '../../../kit/src/errors';
import type { VolumeRecord } from './store';

/**
 * Docker's volume filters, each "key=value": dangling=true|false, name=<part of the name>,
 * driver=<driver>, label=<key> or label=<key>=<value>, label!=<key>[=<value>] (prune). Entries of
 * one key are or-ed, keys are and-ed.
 */
export function volumeFilter(filters: readonly string[], keys: readonly string[]): (v: VolumeRecord, used: boolean) => boolean {
  const by = new Map<string, string[]>();
  for (const f of filters) {
    const neg = /^label!=/.test(f);
    const i = f.indexOf('=');
    const k = neg ? 'label!' : f.slice(0, i);
    const v = neg ? f.slice('label!='.length) : f.slice(i + 1);
    if (i <= 0 || !keys.includes(k)) throw new InvalidArgumentError(`invalid filter '${i <= 0 ? f : k}'`);
    if (k === 'dangling' && !['true', 'false', '1', '0'].includes(v)) throw new InvalidArgumentError(`invalid filter 'dangling=${v}'`);
    by.set(k, [...(by.get(k) ?? []), v]);
  }
  const label = (v: VolumeRecord, want: string) => {
    const j = want.indexOf('=');
    return j < 0 ? want in v.labels : v.labels[want.slice(0, j)] === want.slice(j + 1);
  };
  return (v, used) => {
    for (const [k, vals] of by) {
      const ok = k === 'dangling' ? vals.some((x) => (x === 'true' || x === '1') === !used)
        : k === 'name' ? vals.some((x) => v.name.includes(x))
          : k === 'driver' ? vals.includes(v.driver)
            : k === 'label' ? vals.every((x) => label(v, x))
              : !vals.some((x) => label(v, x));
      if (!ok) return false;
    }
    return true;
  };
}
