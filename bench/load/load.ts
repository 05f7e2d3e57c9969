// bench:load — `docker load` of a ~200 MB, 4-layer image into keel and into dockerd, alternating,
// both driven by the same docker CLI; and extraction throughput against `tar -x` of the same
// layer tars (the floor). The image is generated reproducibly: two layers of pseudo-random
// (incompressible) bytes, two of repeated text (compressible), large and small files.
//   node dist/bench/load/load.js [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Overlay2Driver } from '../../services/graphd/src/drivers/overlay2/overlay2';
import { applyLayer, layerFile } from '../../services/graphd/src/layer/apply';
import { buildImageArchive } from '../../test/fixtures/image-archive';
import { Bench, arg, docker, median } from '../daemons/daemons';

const runs = arg('runs', 5);
const bench = new Bench();

/** Milliseconds fn takes (awaited when it returns a promise). */
async function timed(fn: () => unknown): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
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

  const times: Record<string, number[]> = { keeld: [], dockerd: [], tar: [], apply: [], tarMem: [], applyMem: [] };
  // the same extraction into tmpfs: no disk to wait for, so the CPU each costs is what is compared
  const mem = mkdtempSync('/dev/shm/keel-bench-load-');
  const extract = async (into: string, applyFirst: boolean): Promise<{ tar: number; apply: number }> => {
    const out = join(into, 'tar-x');
    const untar = () => timed(() => {
      for (const f of built.layerFiles) {
        mkdirSync(out, { recursive: true });
        execFileSync('tar', ['-xf', join(built.dir, f), '-C', out, '--numeric-owner']);
      }
    });
    // graphd's extraction alone, in this process: the same layer tars applied as an overlay2 chain
    const driver = new Overlay2Driver(join(into, 'apply'));
    const apply = () => timed(async () => {
      let parent: string | null = null;
      for (let l = 0; l < built.layerFiles.length; l++) {
        parent = (await applyLayer(layerFile(join(built.dir, built.layerFiles[l])), driver, parent, { diffId: built.diffIds[l] })).cacheId;
      }
    });
    const r = { tar: 0, apply: 0 };
    // each timed to the end of its write-back (sync included), so that neither is timed against
    // the other's dirty pages: on disk the figure is extraction to the disk, not to the page cache
    for (const which of applyFirst ? ['apply', 'tar'] : ['tar', 'apply']) {
      execFileSync('sync');
      if (which === 'tar') r.tar = (await untar()) + (await timed(() => execFileSync('sync')));
      else r.apply = (await apply()) + (await timed(() => execFileSync('sync')));
    }
    rmSync(out, { recursive: true, force: true });
    rmSync(join(into, 'apply'), { recursive: true, force: true });
    return r;
  };
  try {
    for (let i = 0; i < runs; i++) {
      for (const e of i % 2 ? [bench.dockerd, bench.keeld] : [bench.keeld, bench.dockerd]) {
        execFileSync('sync');
        times[e.name].push(await timed(() => docker(e, ['load', '-q', '-i', built.archive])));
        docker(e, ['rmi', 'loadbench:1']);
      }
      const disk = await extract(bench.dir, i % 2 === 1);
      times.tar.push(disk.tar);
      times.apply.push(disk.apply);
      const inMem = await extract(mem, i % 2 === 1);
      times.tarMem.push(inMem.tar);
      times.applyMem.push(inMem.apply);
    }
  } finally {
    rmSync(mem, { recursive: true, force: true });
  }
  const k = median(times.keeld);
  const d = median(times.dockerd);
  const t = median(times.tar);
  const a = median(times.apply);
  const tm = median(times.tarMem);
  const am = median(times.applyMem);
  console.log(`runs: ${runs} (alternating keel/docker)`);
  console.log(`keel load:   median ${k.toFixed(0)} ms  (${(mb / (k / 1000)).toFixed(0)} MB/s)  all: ${times.keeld.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`docker load: median ${d.toFixed(0)} ms  (${(mb / (d / 1000)).toFixed(0)} MB/s)  all: ${times.dockerd.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`tar -x:      median ${t.toFixed(0)} ms  (${(mb / (t / 1000)).toFixed(0)} MB/s)  all: ${times.tar.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`keel apply:  median ${a.toFixed(0)} ms  (${(mb / (a / 1000)).toFixed(0)} MB/s)  all: ${times.apply.map((x) => x.toFixed(0)).join(' ')}  (graphd's applyLayer alone, diff ids verified)`);
  console.log(`keel / docker load time: ${(k / d).toFixed(2)}x (target <= 1.0x)`);
  console.log(`tmpfs tar -x: median ${tm.toFixed(0)} ms  (${(mb / (tm / 1000)).toFixed(0)} MB/s)  all: ${times.tarMem.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`tmpfs apply:  median ${am.toFixed(0)} ms  (${(mb / (am / 1000)).toFixed(0)} MB/s)  all: ${times.applyMem.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`keel extraction throughput / tar -x: ${((t / a) * 100).toFixed(0)}% on disk, to the end of write-back (target >= 70%); ${((tm / am) * 100).toFixed(0)}% into tmpfs (CPU only: tar verifies no digest, keel hashes every byte)`);
  console.log(`keel load throughput / tar -x: ${((t / k) * 100).toFixed(0)}% (keel's time includes the upload, verification and the store)`);
});
