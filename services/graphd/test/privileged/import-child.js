// A graphd importing one layer in a process of its own, for the crash test to SIGKILL.
// Runs the compiled service (dist/), as keeld would.
const { join } = require('node:path');
const dist = join(__dirname, '..', '..', '..', '..', 'dist', 'services', 'graphd', 'src');
const { openGraphd } = require(join(dist, 'graph.js'));
const { graphDrivers } = require(join(dist, 'drivers', 'available.js'));
const { importImage } = require(join(dist, 'handlers', 'image-import.js'));

const [root, source] = process.argv.slice(2);
(async () => {
  const s = await openGraphd({ root, drivers: graphDrivers('overlay2', true) });
  await importImage({ sourcePath: source, repo: 'big', tag: '', changes: [], message: '', layerPaths: [] }, s);
  process.stderr.write('import finished before it was killed\n');
})().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
