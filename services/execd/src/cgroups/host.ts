import { readFileSync } from 'node:fs';
import type { HostFacts } from './limits';
import { parseList } from './limits';

function list(file: string, fallback: number[]): number[] {
  try {
    return parseList(readFileSync(file, 'utf8').trim());
  } catch {
    return fallback;
  }
}

/** The host's online CPUs and memory nodes (a host without NUMA has node 0). */
export function hostFacts(sys = '/sys/devices/system'): HostFacts {
  return { cpus: list(`${sys}/cpu/online`, [0]), mems: list(`${sys}/node/online`, [0]) };
}
