// The keel command line: its flags and commands (main.ts runs it). The start path loads commander and node's own
// modules only; each command's module is required when that command runs, and only `bus tap`
// loads the NATS client and protobufjs.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseCount, parseTimeout } from './args';
import { clientBuild } from './build-info';
import type { Context, GlobalOptions } from './context';
import { CliError } from './errors';
import { DEFAULT_HOST } from './hosts';

/** Exit statuses: 1 a command failed, 2 the command line was not understood. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

function flagValue(parse: (v: string) => number) {
  return (v: string) => {
    try {
      return parse(v);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  };
}

export function buildProgram(): Command {
  const program = new Command('keel');
  program
    .description('keel: the command line of the keel container engine')
    .version(`keel version ${clientBuild().version}`, '-v, --version', 'print the client version and exit')
    .addOption(new Option('-H, --host <address>', `daemon address: unix://PATH, tcp://HOST:PORT or fd://N (env KEEL_HOST, default ${DEFAULT_HOST})`))
    .option('-D, --debug', 'print debugging information (the trace id of each request)')
    .option('--tls', 'use TLS for tcp://; implied by --tlsverify')
    .option('--tlsverify', 'use TLS and verify the daemon\'s certificate (env KEEL_TLS_VERIFY)')
    .option('--tlscacert <file>', 'trust certificates signed by this CA (default $KEEL_CERT_PATH/ca.pem)')
    .option('--tlscert <file>', 'client certificate (default $KEEL_CERT_PATH/cert.pem)')
    .option('--tlskey <file>', 'client key (default $KEEL_CERT_PATH/key.pem)')
    .showHelpAfterError('(run keel --help for usage)')
    .exitOverride();

  // node:http and the rest load with the first command that needs them, not for --help
  const ctx = async (cmd: Command): Promise<Context> => new (await import('./context')).Context(cmd.optsWithGlobals<GlobalOptions>());

  program.command('version')
    .description('show the keel client and daemon versions')
    .option('-f, --format <format>', 'json: print the raw JSON')
    .action(async (opts: { format?: string }, cmd: Command) => {
      await (await import('./commands/version')).versionCommand(await ctx(cmd), opts);
    });

  program.command('info')
    .description('show system-wide information about the daemon')
    .option('-f, --format <format>', 'json: print the raw JSON')
    .action(async (opts: { format?: string }, cmd: Command) => {
      await (await import('./commands/info')).infoCommand(await ctx(cmd), opts);
    });

  const service = program.command('service').description('the daemon\'s own services (keeld\'s children)');
  service.command('ls').alias('list')
    .description('list the services with their pid, state, restarts and uptime')
    .option('-f, --format <format>', 'json: print the raw JSON')
    .action(async (opts: { format?: string }, cmd: Command) => {
      await (await import('./commands/service')).serviceLs(await ctx(cmd), opts);
    });
  service.command('restart')
    .description('restart one service process')
    .argument('<name>', 'the service, e.g. graphd')
    .option('-t, --time <seconds>', 'seconds to wait for it to stop before killing it', flagValue(parseTimeout))
    .action(async (name: string, opts: { time?: number }, cmd: Command) => {
      await (await import('./commands/service')).serviceRestart(await ctx(cmd), name, opts);
    });

  const bus = program.command('bus').description('the daemon\'s internal message bus');
  bus.command('stats')
    .description('per job: count, errors and latency percentiles')
    .option('--service <name>', 'only this service')
    .option('-f, --format <format>', 'json: print the raw JSON')
    .action(async (opts: { service?: string; format?: string }, cmd: Command) => {
      await (await import('./commands/bus-stats')).busStats(await ctx(cmd), opts);
    });
  bus.command('tap')
    .description('print the jobs crossing the bus as they finish (service, job, args, trace, duration, status)')
    .option('--service <name>', 'only jobs of this service')
    .option('--job <name>', 'only this job, e.g. service.info')
    .option('--json', 'one JSON object per line')
    .option('--count <n>', 'exit after this many jobs', flagValue(parseCount))
    .option('--exec-root <dir>', 'keeld\'s exec-root, where the tap credentials are (env KEEL_EXEC_ROOT, default /run/keel)')
    .action(async (opts: import('./commands/bus-tap').TapCommandOptions, cmd: Command) => {
      await (await import('./commands/bus-tap')).busTap(await ctx(cmd), opts);
    });

  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = buildProgram();
  if (argv.length <= 2) {
    program.outputHelp();
    return 0;
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has printed its message already
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : EXIT_USAGE;
    }
    if (err instanceof CliError) {
      process.stderr.write(`${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`keel: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT_FAILURE;
  }
}

/** Runs keel and exits with its status. */
export function run(): void {
  // `keel bus tap | head`: a reader that went away ends keel quietly
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  void main().then((code) => {
    // a tap still connecting, or a half-open socket, must not keep a failed command alive;
    // stdout and stderr are synchronous on Linux, so nothing written is lost
    if (code !== 0) process.exit(code);
  });
}
