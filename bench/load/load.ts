// bench:load — `docker load` of a ~200 MB, 4-layer image into keel and into dockerd, alternating,
// both driven by the same docker CLI; and extraction throughput against `tar -x` of the same
// layer tars (the floor). The image is generated reproducibly: two layers of pseudo-random
// (incompressible) bytes, two of repeated text (compressible), large and small files.
//   node dist/bench/load/load.js [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildImageArchive } from '../../test/fixtures/image-archive';
import { Bench, arg, docker, median } from '../daemons/daemons';

const runs = arg('runs', 5);
const bench = new Bench();

function timed(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

bench.run('bench:load', 1800, async () => {
  const built = await buildImageArchive({
    dir: join(bench.dir, 'image'), archive: join(bench.dir, 'image.tar'), tag: 'loadbench:1', seed: 42,
    layers: [
      { files: 64, each: 1 << 20, random: true },        // 64 MiB, big incompressible files
      { files: 40, each: 1 << 20, random: false },       // 40 MiB, compressible
      { files: 4000, each: 16 << 10, random: true },     // 62.5 MiB in small files
      { files: 2000, each: 16 << 10, random: false },    // 31 MiB in small compressible files
    ],
  });
  const mb = built.layerBytes / 1e6;
  console.log(`image: ${built.diffIds.length} layers, ${mb.toFixed(1)} MB of layer tars`);

  const times: Record<string, number[]> = { keeld: [], dockerd: [], tar: [] };
  for (let i = 0; i < runs; i++) {
    for (const e of i % 2 ? [bench.dockerd, bench.keeld] : [bench.keeld, bench.dockerd]) {
      execFileSync('sync');
      times[e.name].push(timed(() => docker(e, ['load', '-q', '-i', built.archive])));
      docker(e, ['rmi', 'loadbench:1']);
    }
    const out = join(bench.dir, 'tar-x');
    execFileSync('sync');
    times.tar.push(timed(() => {
      for (const f of built.layerFiles) {
        mkdirSync(out, { recursive: true });
        execFileSync('tar', ['-xf', join(built.dir, f), '-C', out, '--numeric-owner']);
      }
    }));
    rmSync(join(bench.dir, 'tar-x'), { recursive: true, force: true });
  }
  const k = median(times.keeld);
  const d = median(times.dockerd);
  const t = median(times.tar);
  console.log(`runs: ${runs} (alternating keel/docker)`);
  console.log(`keel load:   median ${k.toFixed(0)} ms  (${(mb / (k / 1000)).toFixed(0)} MB/s)  all: ${times.keeld.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`docker load: median ${d.toFixed(0)} ms  (${(mb / (d / 1000)).toFixed(0)} MB/s)  all: ${times.dockerd.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`tar -x:      median ${t.toFixed(0)} ms  (${(mb / (t / 1000)).toFixed(0)} MB/s)  all: ${times.tar.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`keel / docker load time: ${(k / d).toFixed(2)}x (target <= 1.0x)`);
  console.log(`keel load throughput / tar -x: ${((t / k) * 100).toFixed(0)}% (target >= 70%; keel's time includes the upload, verification and the store)`);
});
