import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { DEFAULTS, type DaemonConfig, KeelError, buildInfo, finishConfig, readConfigFile } from '../../kit/src';
import { Daemon } from './daemon';

const DEFAULT_CONFIG_FILE = '/etc/keel/daemon.json';

function collect(v: string, prev: string[] = []): string[] {
  return [...prev, v];
}

/** keeld's flags: dockerd's names where dockerd has the setting. */
function parseFlags(argv: string[]) {
  const cmd = new Command('keeld')
    .description('keel daemon: supervises the nats bus and keel\'s services, and serves the Docker Engine API')
    .option('--data-root <dir>', `root of persistent state (default ${DEFAULTS.dataRoot})`)
    .option('--exec-root <dir>', `root of runtime state and bus credentials (default ${DEFAULTS.execRoot})`)
    .option('-H, --host <addr>', 'API address: unix://PATH, tcp://HOST:PORT or fd:// (repeatable)', collect)
    .option('--config-file <file>', `daemon configuration file (default ${DEFAULT_CONFIG_FILE})`)
    .addOption(new Option('-l, --log-level <level>', 'log level').choices(['debug', 'info', 'warn', 'error', 'fatal']))
    .option('-D, --debug', 'debug logging (same as --log-level debug)')
    .option('-p, --pidfile <file>', 'pid file (default EXEC-ROOT/keeld.pid)')
    .option('--tls', 'serve tcp:// with TLS')
    .option('--tlsverify', 'serve tcp:// with TLS and require client certificates signed by --tlscacert')
    .option('--tlscacert <file>', 'CA certificate for client verification')
    .option('--tlscert <file>', 'server certificate')
    .option('--tlskey <file>', 'server key')
    .option('--bus-port <port>', 'port of the bus on 127.0.0.1 (default: any free port)', (v) => Number(v))
    .option('-s, --storage-driver <name>', 'graph driver for new layers')
    .option('--exec-driver <name>', 'exec driver for new containers')
    .option('--bridge <name>', 'bridge for the default network')
    .option('--cgroup-parent <path>', 'the cgroup containers\' cgroups are made under (default "keel")')
    .version(buildInfo().version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  cmd.parse(argv);
  return cmd.opts<{
    dataRoot?: string; execRoot?: string; host?: string[]; configFile?: string; logLevel?: DaemonConfig['logLevel'];
    debug?: boolean; pidfile?: string; tls?: boolean; tlsverify?: boolean; tlscacert?: string; tlscert?: string; tlskey?: string;
    busPort?: number; storageDriver?: string; execDriver?: string; bridge?: string; cgroupParent?: string;
  }>();
}

export function resolveConfig(argv: string[]): DaemonConfig {
  const f = parseFlags(argv);
  const file = f.configFile ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : null);
  const fromFile = file ? readConfigFile(file) : {};
  const fromFlags: Partial<DaemonConfig> = {};
  const set = <K extends keyof DaemonConfig>(k: K, v: DaemonConfig[K] | undefined) => { if (v !== undefined) fromFlags[k] = v; };
  set('dataRoot', f.dataRoot);
  set('execRoot', f.execRoot);
  set('hosts', f.host);
  set('logLevel', f.debug ? 'debug' : f.logLevel);
  set('pidfile', f.pidfile);
  set('tls', f.tls);
  set('tlsVerify', f.tlsverify);
  set('tlsCaCert', f.tlscacert);
  set('tlsCert', f.tlscert);
  set('tlsKey', f.tlskey);
  set('busPort', f.busPort);
  set('storageDriver', f.storageDriver);
  set('execDriver', f.execDriver);
  set('bridge', f.bridge);
  set('cgroupParent', f.cgroupParent);
  return finishConfig({ ...DEFAULTS, ...fromFile, ...fromFlags });
}

async function main(): Promise<void> {
  process.title = 'keeld';
  let config: DaemonConfig;
  try {
    config = resolveConfig(process.argv);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') process.exit(0);
    if (typeof code === 'string' && code.startsWith('commander.')) process.exit(2);
    process.stderr.write(`keeld: ${(err as Error).message}\n`);
    process.exit(2);
  }
  const daemon = new Daemon(config);
  // handlers first: a signal during start stops what has started, in order
  let stopping = false;
  const onSignal = (sig: string) => {
    if (stopping) return;
    stopping = true;
    daemon.log.info({ signal: sig }, 'shutting down');
    daemon.stop().then(() => process.exit(0), (err) => {
      process.stderr.write(`keeld: shutdown: ${(err as Error).message}\n`);
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
  try {
    await daemon.start();
  } catch (err) {
    if (stopping) return; // the signal's stop finishes and exits
    process.stderr.write(`keeld: ${(err as Error).message}\n`);
    await daemon.stop().catch(() => undefined);
    process.exit(err instanceof KeelError && err.code === 'FAILED_PRECONDITION' ? 3 : 1);
  }
  daemon.onFatal = (reason) => {
    process.stderr.write(`keeld: ${reason}\n`);
    daemon.stop().finally(() => process.exit(1));
  };
}

void main();
