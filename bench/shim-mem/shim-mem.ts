/**
 * bench/shim-mem: what each sleeping container costs in its per-container parent process:
 * keel-shim under keeld against containerd-shim-runc-v2 under dockerd (Debian's, started by the
 * bench on its own roots). For each round and engine, N `docker run -d --network none bb sleep 1000`
 * (the docker CLI in both cases), then Pss and Rss from /proc/<pid>/smaps_rollup of every shim of
 * that engine, then all removed; engines alternate. Prints the medians per container and the ratio.
 *
 *   npm run build && node dist/bench/shim-mem/shim-mem.js [--containers 10] [--rounds 2]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench, type Engine, arg, docker, median, processes, removeAll } from '../daemons/daemons';

const N = arg('containers', 10);
const rounds = arg('rounds', 2);
const bench = new Bench();

/** Pss and Rss of a process in KiB. */
function memory(pid: number): { pss: number; rss: number } {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { pss: kib('Pss'), rss: kib('Rss') };
}

/** The per-container parent processes of an engine started by this bench. */
function shims(e: Engine): number[] {
  return e.name === 'keeld' ? processes('keel-shim', join(bench.dir, 'keel')) : processes('containerd-shim', join(bench.dir, 'docker'));
}

bench.run('bench/shim-mem', 600, async () => {
  const samples: Record<Engine['name'], { pss: number[]; rss: number[]; count: number[] }> = {
    keeld: { pss: [], rss: [], count: [] }, dockerd: { pss: [], rss: [], count: [] },
  };
  for (let r = 0; r < rounds; r++) {
    for (const e of r % 2 ? [bench.dockerd, bench.keeld] : [bench.keeld, bench.dockerd]) {
      for (let i = 0; i < N; i++) docker(e, ['run', '-d', '--network', 'none', 'bb', 'sleep', '1000']);
      await new Promise((res) => setTimeout(res, 2_000));  // settled: nothing of the start path left
      const pids = shims(e);
      samples[e.name].count.push(pids.length);
      for (const p of pids) {
        const m = memory(p);
        samples[e.name].pss.push(m.pss);
        samples[e.name].rss.push(m.rss);
      }
      removeAll(e);
    }
  }
  const k = samples.keeld;
  const d = samples.dockerd;
  console.log(`\nper-container shim memory, ${N} sleeping containers × ${rounds} rounds, alternating (medians, KiB)`);
  console.log('engine    shim                      shims/round   PSS     RSS');
  console.log(`keeld     keel-shim                 ${String(median(k.count)).padStart(6)}   ${String(median(k.pss)).padStart(6)}  ${String(median(k.rss)).padStart(6)}`);
  console.log(`dockerd   containerd-shim-runc-v2   ${String(median(d.count)).padStart(6)}   ${String(median(d.pss)).padStart(6)}  ${String(median(d.rss)).padStart(6)}`);
  console.log(`ratio keel/docker: PSS ${(median(k.pss) / median(d.pss)).toFixed(3)}×, RSS ${(median(k.rss) / median(d.rss)).toFixed(3)}×`);
  console.log(`target: keel-shim PSS ≤ 1024 KiB per container: ${median(k.pss) <= 1024 ? 'PASS' : 'MISS'}`);
});
