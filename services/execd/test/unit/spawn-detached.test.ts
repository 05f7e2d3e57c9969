import { native } from '../../../../addon';

const addon = native();
if (!addon) console.log('spawnDetached tests skipped: the addon is not built (deploy/setup.sh builds it)');
const describeBuilt = addon ? describe : describe.skip;

describeBuilt('addon spawnDetached (how execd starts keel-shim)', () => {
  it('resolves with the exit status of the process it started', async () => {
    await expect(addon!.spawnDetached('/bin/sh', ['-c', 'exit 3'])).resolves.toMatchObject({ exitCode: 3, signal: null });
    await expect(addon!.spawnDetached('/bin/sh', ['-c', 'kill -9 $$'])).resolves.toMatchObject({ exitCode: null, signal: 9 });
  });
  it('starts it in a session of its own, stdio on /dev/null, nothing blocked, no standard signal ignored', async () => {
    const script = 'set -- $(cat /proc/$$/stat); [ "$6" = "$$" ] || exit 1; [ "$(readlink /proc/$$/fd/1)" = /dev/null ] || exit 2;'
      + ' grep -q "^SigBlk:\t0*$" /proc/$$/status || exit 3; ign=$(sed -n "s/^SigIgn:\t//p" /proc/$$/status);'
      // (glibc's posix_spawn leaves its own reserved signals 32 and 33 as they were: the shim resets those)
      + ' [ $(( 0x$ign & 0x7fffffff )) -eq 0 ] || exit 4';
    await expect(addon!.spawnDetached('/bin/sh', ['-c', script])).resolves.toMatchObject({ exitCode: 0 });
  });
  it('throws a native error for a file that is not there', () => {
    expect(() => addon!.spawnDetached('/no/such/file', [])).toThrow(expect.objectContaining({ code: 'ENOENT', syscall: 'posix_spawn', path: '/no/such/file' }));
  });
});
