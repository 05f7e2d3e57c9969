import { readFileSync } from 'node:fs';
import { buildInfo, defineService } from '../../kit/src';
import { netd } from './contract';

function ipv4Forwarding(procSys = '/proc/sys'): boolean {
  try {
    return readFileSync(`${procSys}/net/ipv4/ip_forward`, 'utf8').trim() === '1';
  } catch {
    return false;
  }
}

export default defineService<typeof netd.jobs, object>({
  contract: netd,
  version: buildInfo().version,
  requires: [],
  handlers: {},
  info: async () => ({
    drivers: ['bridge', 'host', 'none'].map((id) => ({ kind: 'networkdriver', id, isDefault: id === 'bridge', skipped: '' })),
    facts: [{ key: 'ipv4-forwarding', value: String(ipv4Forwarding()) }],
  }),
});
