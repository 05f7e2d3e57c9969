// The image commands end to end, on overlay2 and on vfs: images, image inspect, history, tag,
// rmi, image prune, system df and commit, each through the keel CLI and through the docker CLI
// pointed at keeld (DOCKER_HOST), with the garbage guarantee checked against graph.db and the
// driver's directories after every removal. Needs root; skipped with the reason printed otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon, eventually, processGroup } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';
import { run as exec } from '../helpers/exec';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Sqlite = require('better-sqlite3') as new (file: string, o: { readonly: boolean }) => {
  prepare(sql: string): { all(...p: unknown[]): unknown[] };
  close(): void;
};

const describeRoot = describeContainers('image command e2e tests', { docker: true });


interface Graph {
  layers: { chain_id: string; cache_id: string; driver: string; ref_count: number; parent: string | null }[];
  images: { id: string; top_layer: string | null; parent: string | null }[];
  tags: { repo: string; tag: string; image_id: string }[];
  repositories: { name: string }[];
  rootfs: { container_id: string; layer: string | null }[];
  blobs: { digest: string; listed: number }[];
}

describe.each(['overlay2', 'vfs'] as const)('image commands on %s', (driver) => {
  describeRoot(`image commands (${driver})`, () => {
    const daemon = new TestDaemon(`keel-img-${driver}`);
    let tar: string;
    let base: string;
    const keel = (...args: string[]) => exec(KEEL, ['-H', daemon.host, ...args]);
    const keelIn = (input: string, ...args: string[]) => exec(KEEL, ['-H', daemon.host, ...args], {}, input);
    const docker = (...args: string[]) => exec(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });
    const graphDir = () => join(daemon.dataRoot, 'graphd');

    /** graph.db's rows, read while keeld runs (WAL: a reader never blocks graphd). */
    function graph(): Graph {
      const db = new Sqlite(join(graphDir(), 'graph.db'), { readonly: true });
      try {
        const all = <T>(sql: string) => db.prepare(sql).all() as T[];
        return {
          layers: all('SELECT chain_id, cache_id, driver, ref_count, parent FROM layers'),
          images: all('SELECT id, top_layer, parent FROM images'),
          tags: all('SELECT repo, tag, image_id FROM tags'),
          repositories: all('SELECT name FROM repositories'),
          rootfs: all('SELECT container_id, layer FROM rootfs'),
          blobs: all('SELECT digest, (SELECT COUNT(*) FROM manifest_layers WHERE blob = digest) AS listed FROM blobs'),
        };
      } finally {
        db.close();
      }
    }

    /**
     * Point 6: every layer row is held (by a child layer, an image or a rootfs) and has its
     * directory; every directory has its row; overlay2's l/ links all lead to a layer; no
     * repository is left without a tag.
     */
    function expectNoGarbage(): Graph {
      const g = graph();
      const held = new Map<string, number>();
      const hold = (id: string | null) => { if (id) held.set(id, (held.get(id) ?? 0) + 1); };
      for (const l of g.layers) hold(l.parent);
      for (const i of g.images) hold(i.top_layer);
      for (const r of g.rootfs) hold(r.layer);
      for (const l of g.layers) {
        expect({ layer: l.chain_id, refs: l.ref_count }).toEqual({ layer: l.chain_id, refs: held.get(l.chain_id) ?? 0 });
        expect(l.ref_count).toBeGreaterThan(0);
      }
      const dir = join(graphDir(), driver);
      const dirs = existsSync(dir) ? readdirSync(dir).filter((n) => n !== 'l').sort() : [];
      expect(dirs).toEqual(g.layers.map((l) => l.cache_id).sort());
      if (driver === 'overlay2' && existsSync(join(dir, 'l'))) {
        const links = readdirSync(join(dir, 'l'));
        expect(links).toHaveLength(dirs.length);
        for (const n of links) expect(existsSync(join(dir, 'l', readlinkSync(join(dir, 'l', n))))).toBe(true);
      }
      const used = new Set(g.tags.map((t) => t.repo));
      expect(g.repositories.map((r) => r.name).sort()).toEqual([...used].sort());
      // every blob listed by a manifest and on disk, and no file without its row; nothing staged
      expect(g.blobs.filter((b) => b.listed === 0)).toEqual([]);
      const blobDir = join(graphDir(), 'blobs', 'sha256');
      expect(existsSync(blobDir) ? readdirSync(blobDir).sort() : []).toEqual(g.blobs.map((b) => b.digest.slice(7)).sort());
      const staging = join(graphDir(), 'staging');
      expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
      return g;
    }

    const idOf = async (ref: string) => {
      const r = await keel('image', 'inspect', ref);
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as { Id: string }[])[0].Id;
    };

    beforeAll(async () => {
      await daemon.start({ args: ['--storage-driver', driver] });
      tar = join(daemon.dir, 'busybox.tar');
      execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
      const r = await keel('import', '-c', 'CMD ["sh"]', '-c', 'LABEL tier=base', tar, 'bb:1');
      expect(r.code).toBe(0);
      base = r.stdout.trim();
    }, 120_000);
    afterAll(() => daemon.cleanup(), 60_000);

    it('images: the keel and docker CLIs print the same table; -q, --no-trunc, --digests, filters', async () => {
      expect((await keel('tag', 'bb:1', 'bb:2')).code).toBe(0);
      expect((await docker('tag', 'bb:1', 'example.com:5000/team/bb')).code).toBe(0);
      const k = await keel('images');
      const d = await docker('images');
      expect(k.code).toBe(0);
      expect(d.code).toBe(0);
      // CREATED may tick between the two runs: compare every other column, and the layout
      const cols = (out: string) => out.trim().split('\n').map((l) => l.split(/\s{2,}/)).map((c) => [c[0], c[1], c[2], c[c.length - 1]]);
      // the docker CLI orders an image's repositories as a Go map iterates: compare rows as sets
      const sorted = (out: string) => cols(out).slice(1).map((c) => c.join(' ')).sort();
      expect(sorted(k.stdout)).toEqual(sorted(d.stdout));
      expect(k.stdout.split('\n')[0].split(/\s{3,}/)).toEqual(d.stdout.split('\n')[0].split(/\s{3,}/));
      expect(k.stdout.split('\n')[0]).toMatch(/^REPOSITORY {3,}TAG {3,}IMAGE ID {3,}CREATED {3,}SIZE$/);
      const short = base.slice(7, 19);
      expect(cols(k.stdout).slice(1).sort()).toEqual([
        ['bb', '1', short, '1.98MB'], ['bb', '2', short, '1.98MB'], ['example.com:5000/team/bb', 'latest', short, '1.98MB'],
      ]);
      // one id per row, as docker prints them
      expect((await keel('images', '-q')).stdout).toBe((await docker('images', '-q')).stdout);
      expect((await keel('images', '-q')).stdout).toBe(`${short}\n${short}\n${short}\n`);
      expect((await keel('images', '--no-trunc', '-q')).stdout.split('\n')[0]).toBe(base);
      const dig = await keel('images', '--digests');
      expect(dig.stdout.split('\n')[0]).toMatch(/^REPOSITORY\s+TAG\s+DIGEST\s+IMAGE ID\s+CREATED\s+SIZE$/);
      expect(dig.stdout).toMatch(/\nbb\s+1\s+<none>\s+[0-9a-f]{12}\s/);
      // a reference pattern, as an argument or a filter
      for (const run of [keel, docker]) {
        expect(cols((await run('images', 'bb')).stdout).slice(1).map((c) => c[1]).sort()).toEqual(['1', '2']);
        expect(cols((await run('images', 'bb:*')).stdout).slice(1).map((c) => c[1]).sort()).toEqual(['1', '2']);
        expect(cols((await run('images', '--filter', 'reference=*/team/*')).stdout).slice(1).map((c) => c[0])).toEqual(['example.com:5000/team/bb']);
        expect(cols((await run('images', '--filter', 'label=tier=base')).stdout)).toHaveLength(4);
        expect(cols((await run('images', '--filter', 'label=tier=other')).stdout)).toHaveLength(1);
        expect(cols((await run('images', '--filter', 'dangling=true')).stdout)).toHaveLength(1);
      }
      const bad = await docker('images', '--filter', 'nonsense=1');
      expect(bad).toMatchObject({ code: 1, stderr: "Error response from daemon: invalid filter 'nonsense'\n" });
      expect((await keel('rmi', 'bb:2', 'example.com:5000/team/bb')).stdout).toBe('Untagged: bb:2\nUntagged: example.com:5000/team/bb:latest\n');
      expectNoGarbage();
    });

    it('image inspect: Docker\'s shape, the same through both CLIs', async () => {
      const k = JSON.parse((await keel('image', 'inspect', 'bb:1')).stdout) as Record<string, unknown>[];
      const d = JSON.parse((await docker('image', 'inspect', 'bb:1')).stdout) as Record<string, unknown>[];
      expect(k).toEqual(d);
      expect(k[0]).toMatchObject({
        Id: base, RepoTags: ['bb:1'], RepoDigests: [], Parent: '', Architecture: expect.any(String), Os: 'linux',
        Size: expect.any(Number), Config: { Cmd: ['sh'], Labels: { tier: 'base' } },
        RootFS: { Type: 'layers', Layers: [expect.stringMatching(/^sha256:[0-9a-f]{64}$/)] },
        GraphDriver: { Name: driver },
      });
      expect(Date.parse(k[0].Created as string)).toBeGreaterThan(Date.now() - 3600_000);
      const data = (k[0].GraphDriver as { Data: Record<string, string> | null }).Data;
      if (driver === 'overlay2') {
        expect(Object.keys(data!).sort()).toEqual(['MergedDir', 'UpperDir', 'WorkDir']);
        expect(existsSync(join(data!.UpperDir, 'bin', 'busybox'))).toBe(true);
      } else expect(data).toBeNull();
      const missing = await keel('image', 'inspect', 'nosuch');
      expect(missing).toMatchObject({ code: 1, stdout: '[]\n', stderr: 'Error: No such image: nosuch\n' });
      expect((await docker('image', 'inspect', 'nosuch')).code).toBe(1);
    });

    it('commit: added, changed and deleted files become a layer; the new image runs with them, deletions included', async () => {
      const script = [
        'echo hello > /new.txt', 'echo changed >> /etc/passwd', 'rm /bin/vi', 'rm -rf /home',
        'mkdir /e2 && cp -a /etc/passwd /e2/ && rm -rf /etc && mv /e2 /etc', 'mkdir -p /opt/x && ln -s ../../new.txt /opt/x/link',
        'ln /new.txt /new-hard',
      ].join('; ');
      expect((await keel('run', '--name', 'c1', 'bb:1', 'sh', '-c', script)).code).toBe(0);
      const k = await keel('commit', '-m', 'first change', '-a', 'Ann <ann@example.com>', '-c', 'ENV FOO=bar', 'c1', 'bb:c1');
      expect(k.code).toBe(0);
      expect(k.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
      const c1 = k.stdout.trim();
      const check = 'cat /new.txt; tail -n1 /etc/passwd; ls /bin/vi 2>&1; ls -d /home 2>&1; ls /etc/group 2>&1; readlink /opt/x/link; cat /opt/x/link; '
        + 'stat -c %h /new.txt; echo $FOO';
      const r = await keel('run', '--rm', 'bb:c1', 'sh', '-c', check);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toBe([
        'hello', 'changed', 'ls: /bin/vi: No such file or directory', 'ls: /home: No such file or directory',
        'ls: /etc/group: No such file or directory', '../../new.txt', 'hello', '2', 'bar', '',
      ].join('\n'));

      const ins = (JSON.parse((await docker('image', 'inspect', 'bb:c1')).stdout) as Record<string, any>[])[0];
      expect(ins).toMatchObject({
        Id: c1, RepoTags: ['bb:c1'], Parent: base, Comment: 'first change', Author: 'Ann <ann@example.com>',
        Config: { Cmd: ['sh', '-c', script], Labels: { tier: 'base' } },
      });
      expect(ins.Config.Env).toContain('FOO=bar');
      // what docker commit keeps of the container: its hostname, the image it was made from, its stdio
      const c1Id = (await docker('inspect', '-f', '{{.Id}}', 'c1')).stdout.trim();
      expect(ins.Config).toMatchObject({ Hostname: c1Id.slice(0, 12), Image: 'bb:1', AttachStdin: false, AttachStdout: true, AttachStderr: true, Tty: false, OpenStdin: false });
      expect(ins.RootFS.Layers).toHaveLength(2);
      if (driver === 'overlay2') {
        const baseData = (JSON.parse((await keel('image', 'inspect', 'bb:1')).stdout) as Record<string, any>[])[0].GraphDriver.Data;
        expect(ins.GraphDriver.Data.LowerDir).toBe(baseData.UpperDir);
        expect(readFileSync(join(ins.GraphDriver.Data.UpperDir, 'new.txt'), 'utf8')).toBe('hello\n');
      }

      // history: the commit on top (the container's command), the import under it, with the base's id
      for (const run of [keel, docker]) {
        const h = await run('history', 'bb:c1');
        expect(h.code).toBe(0);
        const lines = h.stdout.trim().split('\n');
        expect(lines[0]).toMatch(/^IMAGE {10}CREATED {3,}CREATED BY {3,}SIZE {3,}COMMENT$/);
        expect(lines[1]).toMatch(new RegExp(`^${c1.slice(7, 19)} {3}.+ ago {3,}sh -c echo hello > /new.txt; echo changed >>… {3}\\d+B {3,}first change$`));
        expect(lines[2]).toMatch(new RegExp(`^${base.slice(7, 19)} {3}.+ ago {3,}1.98MB {3,}Imported from -$`));
      }
      expect((await keel('history', '-q', '--no-trunc', 'bb:c1')).stdout).toBe(`${c1}\n${base}\n`);
      const full = await docker('history', '--no-trunc', '--format', '{{.CreatedBy}}', 'bb:c1');
      expect(full.stdout.split('\n')[0]).toBe(`sh -c ${script}`);

      // the same through the docker CLI, without pausing; nothing changed: an empty layer
      expect((await docker('run', '--name', 'c2', 'bb:1', 'true')).code).toBe(0);
      const e = await docker('commit', '--pause=false', 'c2');
      expect(e.code).toBe(0);
      const empty = e.stdout.trim();
      const ei = (JSON.parse((await keel('image', 'inspect', empty)).stdout) as Record<string, any>[])[0];
      expect(ei.RootFS.Layers).toEqual((JSON.parse((await keel('image', 'inspect', 'bb:1')).stdout) as Record<string, any>[])[0].RootFS.Layers);
      expect(ei.RepoTags).toEqual([]);
      const dangling = await docker('images', '--filter', 'dangling=true', '-q', '--no-trunc');
      expect(dangling.stdout).toBe(`${empty}\n`);
      expectNoGarbage();
    });

    it('commit of a running container pauses it and leaves it running; bad input changes nothing', async () => {
      expect((await keel('run', '-d', '--name', 'live', 'bb:1', 'sh', '-c', 'echo up > /up; sleep 300')).code).toBe(0);
      const before = graph();
      for (const run of [keel, docker]) {
        expect(await run('commit', 'nosuch')).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such container: nosuch\n' });
      }
      expect(await keel('commit', 'live', 'Bad:tag')).toMatchObject({ code: 1, stderr: 'Error response from daemon: invalid reference format: repository name must be lowercase\n' });
      expect(await keel('tag', 'nosuch', 'x')).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such image: nosuch:latest\n' });
      expect(await keel('tag', 'bb:1', 'BAD')).toMatchObject({ code: 1, stderr: 'Error response from daemon: invalid reference format: repository name must be lowercase\n' });
      expect(await docker('tag', 'nosuch', 'x')).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such image: nosuch:latest\n' });
      for (const run of [keel, docker]) {
        expect(await run('history', 'nosuch')).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such image: nosuch:latest\n' });
        expect(await run('rmi', 'nosuch')).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such image: nosuch:latest\n' });
      }
      expect(graph()).toEqual(before);

      const c = await docker('commit', 'live', 'bb:live');
      expect(c.code).toBe(0);
      const st = JSON.parse((await keel('inspect', 'live')).stdout) as { State: { Status: string; Paused: boolean } }[];
      expect(st[0].State).toMatchObject({ Status: 'running', Paused: false });
      expect((await keel('run', '--rm', 'bb:live', 'cat', '/up')).stdout).toBe('up\n');
      expect((await keel('rm', '-f', 'live')).code).toBe(0);
      expect((await keel('rmi', 'bb:live')).code).toBe(0);
      expectNoGarbage();
    });

    it('rmi: untag vs delete as Docker; an image a container uses needs -f; children and shared layers stay', async () => {
      const c1 = await idOf('bb:c1');
      // bb:1 is used by stopped containers c1 and c2 and is the parent of bb:c1
      let before = graph();
      const used = await docker('rmi', 'bb:1');
      expect(used.code).toBe(1);
      expect(used.stderr).toMatch(/^Error response from daemon: conflict: unable to remove repository reference "bb:1" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\n$/);
      expect((await keel('rmi', 'bb:1')).stderr).toBe(used.stderr);
      expect(graph()).toEqual(before);
      expect((await keel('tag', 'bb:c1', 'bb:c1b')).code).toBe(0);
      before = graph();
      const several = await keel('rmi', c1.slice(7, 19));
      expect(several).toMatchObject({ code: 1, stderr: `Error response from daemon: conflict: unable to delete ${c1.slice(7, 19)} (must be forced) - image is referenced in multiple repositories\n` });
      const child = await docker('rmi', '-f', base.slice(7, 19));
      expect(child).toMatchObject({ code: 1, stderr: `Error response from daemon: conflict: unable to delete ${base.slice(7, 19)} (cannot be forced) - image has dependent child images\n` });
      expect((await keel('images', '-q')).stdout).toMatch(new RegExp(base.slice(7, 19)));
      expect(graph()).toEqual(before);

      // a second image over the same base shares its layers: removing bb:c1 keeps them
      expect((await keel('run', '--name', 'c3', 'bb:1', 'sh', '-c', 'echo two > /two')).code).toBe(0);
      expect((await keel('commit', 'c3', 'bb:c3')).code).toBe(0);
      expect((await keel('rmi', 'bb:c1b')).stdout).toBe('Untagged: bb:c1b\n');
      const del = await docker('rmi', 'bb:c1');
      expect(del.code).toBe(0);
      expect(del.stdout).toMatch(new RegExp(`^Untagged: bb:c1\\nDeleted: ${c1}\\nDeleted: sha256:[0-9a-f]{64}\\n$`));
      const g = expectNoGarbage();
      expect(g.images.map((i) => i.id)).not.toContain(c1);
      expect((await keel('run', '--rm', 'bb:c3', 'cat', '/two')).stdout).toBe('two\n');
      expect((await keel('run', '--rm', 'bb:1', 'tail', '-n1', '/etc/group')).stdout).toBe('nogroup:x:65534:\n');
    });

    it('system df: the same table through both CLIs', async () => {
      const k = await keel('system', 'df');
      const d = await docker('system', 'df');
      expect(k.code).toBe(0);
      expect(k.stdout).toBe(d.stdout);
      expect(k.stdout).toMatch(/^TYPE {12}TOTAL {5}ACTIVE {4}SIZE {6}RECLAIMABLE\nImages {10}\d+ {9}\d+ {9}\S+ {3,}\S+ \(\d+%\)\nContainers/);
      // c1 wrote hello and a line of passwd, c3 "two": their writable layers, all reclaimable (stopped)
      const passwd = (await keel('run', '--rm', 'bb:1', 'cat', '/etc/passwd')).stdout.length;
      const rw = 'hello\n'.length + passwd + 'changed\n'.length + 'two\n'.length;
      expect(k.stdout).toMatch(new RegExp(`\\nContainers {6}3 {9}0 {9}${rw}B {3,}${rw}B \\(100%\\)\\n`));
      const v = await keel('system', 'df', '-v');
      expect(v.stdout).toMatch(/^Images space usage:\n\nREPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE\s+SHARED SIZE\s+UNIQUE SIZE\s+CONTAINERS\n/);
      expect(v.stdout).toMatch(/\nContainers space usage:\n\nCONTAINER ID\s+IMAGE\s+COMMAND/);
      const dv = await docker('system', 'df', '-v');
      expect(dv.code).toBe(0);
      // the same but for times that may tick between the two runs
      const untimed = (out: string) => out.replace(/(Less than a second|About a minute|About an hour|\d+ \w+) ago/g, 'T').replace(/ +/g, ' ');
      expect(untimed(v.stdout)).toBe(untimed(dv.stdout));
      expect(dv.stdout).toMatch(/bb\s+c3\s+[0-9a-f]{12}/);
    });

    it('image prune: dangling only, then -a takes every image no container uses; nothing is left behind', async () => {
      const keep = await idOf('bb:c3');
      const p = await docker('image', 'prune', '-f');
      expect(p.code).toBe(0);
      // the empty commit of c2 was the one dangling image
      expect(p.stdout).toMatch(/^Deleted Images:\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
      expect((await keel('image', 'prune', '-f')).stdout).toBe('Total reclaimed space: 0B\n');
      // asked, and not confirmed: nothing goes
      expect((await keelIn('n\n', 'image', 'prune', '-a')).code).toBe(0);
      expect((await keel('images', '-q', '--no-trunc')).stdout).toContain(keep);
      // c3 was removed? no: c1 and c3 still use bb:1; bb:c3 has no container
      const all = await keel('image', 'prune', '-a', '-f');
      expect(all.code).toBe(0);
      expect(all.stdout).toMatch(/^Deleted Images:\nuntagged: bb:c3\ndeleted: sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: \d+B\n$/);
      expect((await keel('images', '-q')).stdout).toBe(`${base.slice(7, 19)}\n`);
      expectNoGarbage();
      // once no container uses it, it goes too, with its layer: the store is empty
      for (const c of ['c1', 'c2', 'c3']) expect((await keel('rm', c)).code).toBe(0);
      const last = await docker('image', 'prune', '-a', '-f');
      expect(last.stdout).toMatch(/^Deleted Images:\nuntagged: bb:1\ndeleted: sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: 1.98\dMB\n$/);
      const g = expectNoGarbage();
      expect(g).toMatchObject({ layers: [], images: [], tags: [], repositories: [], rootfs: [], blobs: [] });
      expect((await docker('images', '-a', '-q')).stdout).toBe('');
    });
  
    it('a graphd killed in the middle of a commit leaves no half-made layer or image once restarted', async () => {
      expect((await keel('import', tar, 'bb:crash')).code).toBe(0);
      expect((await keel('run', '--name', 'big', 'bb:crash', 'sh', '-c', 'dd if=/dev/zero of=/big bs=1M count=400 2>/dev/null')).code).toBe(0);
      const before = graph();
      const dir = join(graphDir(), driver);
      const known = new Set(readdirSync(dir));
      const graphd = (await daemon.services()).find((x) => x.Name === 'graphd')!;
      const commit = keel('commit', 'big', 'bb:half');
      // as soon as the new layer's directory is there, graphd dies
      const until = Date.now() + 20_000;
      while (!readdirSync(dir).some((n) => !known.has(n)) && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
      process.kill(graphd.Pid, 'SIGKILL');
      const r = await commit;
      expect(r.code).toBe(1);
      await eventually(async () => {
        const g = (await daemon.services()).find((x) => x.Name === 'graphd');
        return g?.State === 'running' && g.Pid !== graphd.Pid && g.Pid > 0;
      }, 20_000, 'graphd restarted');
      // the copy the dead graphd had started (vfs) or any other helper of its went with it
      expect(processGroup(graphd.Pid)).toEqual([]);
      // the restarted graphd reconciled: the rows are as before the commit, and so are the dirs
      expect(graph()).toEqual(before);
      expectNoGarbage();
      expect((await keel('images', 'bb:half', '-q')).stdout).toBe('');
      // and commits again
      expect((await keel('commit', 'big', 'bb:whole')).code).toBe(0);
      expect((await keel('run', '--rm', 'bb:whole', 'sh', '-c', 'wc -c < /big')).stdout.trim()).toBe(String(400 * 1024 * 1024));
      expect((await keel('rm', 'big')).code).toBe(0);
      expect((await keel('rmi', 'bb:whole', 'bb:crash')).code).toBe(0);
      expect(expectNoGarbage()).toMatchObject({ layers: [], images: [] });
    }, 120_000);
});
});
