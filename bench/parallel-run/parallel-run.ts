/**
 * bench/parallel-run: N `docker run -d --network none bb sleep 60` at once (the docker CLI in both
 * cases), against keeld and against dockerd (Debian's, started by the bench on its own roots);
 * wall time from the first spawn to the last exit, engines alternating round by round, every
 * container removed between rounds (not timed). Prints medians and the ratio.
 *
 *   npm run build && node dist/bench/parallel-run/parallel-run.js [--containers 50] [--rounds 3]
 */
import { Bench, type Engine, arg, dockerAsync, median, removeAll } from '../daemons/daemons';

const N = arg('containers', 50);
const rounds = arg('rounds', 3);
const bench = new Bench();

async function wall(e: Engine): Promise<number> {
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: N }, () => dockerAsync(e, ['run', '-d', '--network', 'none', 'bb', 'sleep', '60'])));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  removeAll(e);
  return ms;
}

bench.run('bench/parallel-run', 900, async () => {
  const times: Record<Engine['name'], number[]> = { keeld: [], dockerd: [] };
  for (let r = 0; r < rounds; r++) {
    for (const e of r % 2 ? [bench.dockerd, bench.keeld] : [bench.keeld, bench.dockerd]) {
      const ms = await wall(e);
      times[e.name].push(ms);
      console.log(`round ${r + 1}: ${e.name.padEnd(7)} ${(ms / 1000).toFixed(2)} s`);
    }
  }
  const k = median(times.keeld);
  const d = median(times.dockerd);
  console.log(`\n${N} parallel docker run -d bb sleep 60, ${rounds} rounds, alternating (medians)`);
  console.log(`keeld    ${(k / 1000).toFixed(2)} s`);
  console.log(`dockerd  ${(d / 1000).toFixed(2)} s`);
  console.log(`ratio keeld/dockerd: ${(k / d).toFixed(2)}× (target ≤ 0.5×: ${k / d <= 0.5 ? 'PASS' : 'MISS'})`);
});
