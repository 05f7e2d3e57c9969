// The keel command line: its flags and commands (main.ts runs it). The start path loads commander and node's own
// modules only; each command's module is required when that command runs, and only `bus tap`
// loads the NATS client and protobufjs.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseCount, parseStopTimeout, parseTimeout } from './args';
import { clientBuild } from './build-info';
import type { Context, GlobalOptions } from './context';
import { CliError } from './errors';
import { DEFAULT_HOST } from './hosts';
import { mountFlags } from './commands/host-config/mounts';
import { resourceFlags } from './commands/host-config/resources';
import { runtimeFlags } from './commands/host-config/runtime';
import { securityFlags } from './commands/host-config/security';
import { initFlags } from './commands/host-config/init';
import { loggingFlags } from './commands/host-config/logging';

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
    // options belong to the command they follow: `keel run busybox ls -l` hands -l to ls
    .enablePositionalOptions()
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

  const collect = (v: string, prev: string[] = []) => [...prev, v];
  /** A container command's exit status other than 0 ends keel with it, silently. */
  const exitWith = (code: number) => { if (code !== 0) throw new CliError('', code); };
  const containerFlags = (c: Command) => runtimeFlags(loggingFlags(initFlags(resourceFlags(mountFlags(securityFlags(c))))))
    .helpOption('--help', 'display help for command')
    .option('-e, --env <KEY=VALUE>', 'set an environment variable (repeatable)', collect)
    .option('-w, --workdir <dir>', 'working directory inside the container')
    .option('-u, --user <user>', 'user name or uid[:gid]')
    .option('--name <name>', 'the container\'s name')
    .option('-h, --hostname <name>', 'the container\'s host name')
    .option('--entrypoint <cmd>', 'replace the image\'s entrypoint')
    .option('--network <mode>', 'network mode: none (the only one until networking lands)')
    .option('--rm', 'remove the container when it exits')
    .option('-i, --interactive', 'keep stdin open (attached: the terminal\'s input goes to the container)')
    .option('-t, --tty', 'give the container a terminal (a pty)')
    .argument('<image>', 'the image')
    .argument('[command...]', 'the command and its arguments')
    .passThroughOptions();

  type CreateOpts = import('./commands/containers').CreateOptions;
  containerFlags(program.command('run').description('create and start a container, print its output, exit with its status'))
    .option('-d, --detach', 'run in the background and print the container id')
    .option('--detach-keys <keys>', 'the keys that detach from the container (default ctrl-p,ctrl-q)')
    .action(async (image: string, command: string[], opts: CreateOpts, cmd: Command) => {
      exitWith(await (await import('./commands/containers')).runCommand(await ctx(cmd), image, command, opts));
    });
  containerFlags(program.command('create').description('create a container (keel start runs it)'))
    .action(async (image: string, command: string[], opts: CreateOpts, cmd: Command) => {
      await (await import('./commands/containers')).createCommand(await ctx(cmd), image, command, opts);
    });
  program.command('start').description('start containers')
    .option('-a, --attach', 'print the container\'s output and exit with its status')
    .option('-i, --interactive', 'attach the terminal\'s input to the container\'s stdin')
    .option('--detach-keys <keys>', 'the keys that detach from the container (default ctrl-p,ctrl-q)')
    .argument('<container...>')
    .action(async (names: string[], opts: { attach?: boolean; interactive?: boolean; detachKeys?: string }, cmd: Command) => {
      exitWith(await (await import('./commands/containers')).startCommand(await ctx(cmd), names, opts));
    });
  program.command('exec').description('run a command in a running container, exit with its status')
    .helpOption('--help', 'display help for command')
    .option('-i, --interactive', 'the terminal\'s input goes to the command')
    .option('-t, --tty', 'give the command a terminal (a pty)')
    .option('-d, --detach', 'run it in the background')
    .option('-e, --env <KEY=VALUE>', 'set an environment variable (repeatable)', collect)
    .option('-w, --workdir <dir>', 'working directory inside the container')
    .option('-u, --user <user>', 'user name or uid[:gid]')
    .option('--detach-keys <keys>', 'the keys that detach from the command (default ctrl-p,ctrl-q)')
    .argument('<container>')
    .argument('<command...>')
    .passThroughOptions()
    .action(async (container: string, command: string[], opts: import('./commands/interactive').ExecOptions, cmd: Command) => {
      exitWith(await (await import('./commands/interactive')).execCommand(await ctx(cmd), container, command, opts));
    });
  program.command('attach').description('attach the terminal to a running container\'s stdin and output')
    .option('--no-stdin', 'do not attach stdin')
    .option('--detach-keys <keys>', 'the keys that detach from the container (default ctrl-p,ctrl-q)')
    .argument('<container>')
    .action(async (name: string, opts: { stdin?: boolean; detachKeys?: string }, cmd: Command) => {
      exitWith(await (await import('./commands/interactive')).attachCommand(await ctx(cmd), name, { noStdin: opts.stdin === false, detachKeys: opts.detachKeys }));
    });
  program.command('stop').description('stop running containers: the stop signal, then SIGKILL after the timeout')
    .option('-t, --time <seconds>', 'seconds to wait before killing it (default: the container\'s StopTimeout, else 10)', flagValue(parseStopTimeout))
    .option('--timeout <seconds>', 'the same as --time', flagValue(parseStopTimeout))
    .argument('<container...>')
    .action(async (names: string[], opts: { time?: number; timeout?: number }, cmd: Command) => {
      await (await import('./commands/containers')).stopCommand(await ctx(cmd), names, { time: opts.time ?? opts.timeout });
    });
  program.command('restart').description('restart containers (stop, then start)')
    .option('-t, --time <seconds>', 'seconds to wait before killing it (default: the container\'s StopTimeout, else 10)', flagValue(parseStopTimeout))
    .option('--timeout <seconds>', 'the same as --time', flagValue(parseStopTimeout))
    .argument('<container...>')
    .action(async (names: string[], opts: { time?: number; timeout?: number }, cmd: Command) => {
      await (await import('./commands/containers')).restartCommand(await ctx(cmd), names, { time: opts.time ?? opts.timeout });
    });
  program.command('kill').description('send a signal to running containers')
    .option('-s, --signal <signal>', 'the signal, by name or number (default KILL)')
    .argument('<container...>')
    .action(async (names: string[], opts: { signal?: string }, cmd: Command) => {
      await (await import('./commands/containers')).killCommand(await ctx(cmd), names, opts);
    });
  program.command('stats').description('a live table of containers\' resource use')
    .option('-a, --all', 'all containers (default: running ones)')
    .option('--no-stream', 'print one table and exit')
    .argument('[container...]')
    .action(async (names: string[], opts: { stream?: boolean; all?: boolean }, cmd: Command) => {
      await (await import('./commands/resources')).statsCommand(await ctx(cmd), names, { noStream: opts.stream === false, all: opts.all });
    });
  program.command('top').description('a container\'s processes')
    .argument('<container>')
    .argument('[ps-options...]', 'ps\'s options (default -ef)')
    .allowUnknownOption()
    .action(async (name: string, psArgs: string[], _o: unknown, cmd: Command) => {
      await (await import('./commands/resources')).topCommand(await ctx(cmd), name, psArgs);
    });
  program.command('pause').description('freeze all processes of containers')
    .argument('<container...>')
    .action(async (names: string[], _o: unknown, cmd: Command) => {
      await (await import('./commands/resources')).pauseCommand(await ctx(cmd), names, 'pause');
    });
  program.command('unpause').description('thaw paused containers')
    .argument('<container...>')
    .action(async (names: string[], _o: unknown, cmd: Command) => {
      await (await import('./commands/resources')).pauseCommand(await ctx(cmd), names, 'unpause');
    });
  program.command('ps').description('list containers')
    .option('-a, --all', 'all containers, not only running ones')
    .option('-q, --quiet', 'ids only')
    .action(async (opts: { all?: boolean; quiet?: boolean }, cmd: Command) => {
      await (await import('./commands/containers')).psCommand(await ctx(cmd), opts);
    });
  program.command('logs').description('print a container\'s output')
    .option('-f, --follow', 'keep printing until the container exits')
    .option('-n, --tail <n>', 'only the last n lines ("all")')
    .option('-t, --timestamps', 'prefix each line with its time')
    .argument('<container>')
    .action(async (name: string, opts: { follow?: boolean; tail?: string; timestamps?: boolean }, cmd: Command) => {
      await (await import('./commands/containers')).logsCommand(await ctx(cmd), name, opts);
    });
  program.command('rm').description('remove containers')
    .option('-f, --force', 'remove a running container too (it is killed)')
    .argument('<container...>')
    .action(async (names: string[], opts: { force?: boolean }, cmd: Command) => {
      await (await import('./commands/containers')).rmCommand(await ctx(cmd), names, opts);
    });
  program.command('wait').description('wait for containers to exit and print their exit codes')
    .argument('<container...>')
    .action(async (names: string[], _opts: unknown, cmd: Command) => {
      await (await import('./commands/containers')).waitCommand(await ctx(cmd), names);
    });
  program.command('inspect').description('details of containers or images, as JSON')
    .option('--type <type>', 'container or image')
    .argument('<name...>')
    .action(async (names: string[], opts: { type?: string }, cmd: Command) => {
      await (await import('./commands/containers')).inspectCommand(await ctx(cmd), names, opts);
    });
  type ImagesOpts = import('./commands/images').ImagesOptions;
  const imagesFlags = (c: Command) => c
    .option('-a, --all', 'all images (intermediate ones too)')
    .option('-q, --quiet', 'ids only')
    .option('--digests', 'show digests')
    .option('--no-trunc', 'full ids')
    .option('-f, --filter <key=value>', 'dangling=true|false, reference=PATTERN, label=KEY[=VALUE], before=IMAGE, since=IMAGE (repeatable)', collect)
    .argument('[reference]', 'REPOSITORY[:TAG] (a pattern)')
    .action(async (ref: string | undefined, opts: ImagesOpts & { trunc?: boolean }, cmd: Command) => {
      await (await import('./commands/images')).imagesCommand(await ctx(cmd), ref, { ...opts, noTrunc: opts.trunc === false });
    });
  imagesFlags(program.command('images').description('list images'));
  const rmiFlags = (c: Command) => c
    .option('-f, --force', 'remove it even when containers use it')
    .option('--no-prune', 'keep untagged parents')
    .argument('<image...>')
    .action(async (names: string[], opts: { force?: boolean; prune?: boolean }, cmd: Command) => {
      await (await import('./commands/images')).rmiCommand(await ctx(cmd), names, opts);
    });
  rmiFlags(program.command('rmi').description('remove images'));
  const historyFlags = (c: Command) => c
    .option('--no-trunc', 'do not truncate the output')
    .option('-q, --quiet', 'ids only')
    .option('-H, --human [bool]', 'sizes and dates in human-readable form (default true)')
    .argument('<image>')
    .action(async (name: string, opts: { trunc?: boolean; quiet?: boolean; human?: boolean | string }, cmd: Command) => {
      await (await import('./commands/images')).historyCommand(await ctx(cmd), name, {
        noTrunc: opts.trunc === false, quiet: opts.quiet, human: opts.human !== 'false' && opts.human !== false,
      });
    });
  historyFlags(program.command('history').description('the history of an image: a row per config history entry, newest first'));
  const tagFlags = (c: Command) => c
    .argument('<source>', 'SOURCE_IMAGE[:TAG]')
    .argument('<target>', 'TARGET_IMAGE[:TAG]')
    .action(async (source: string, target: string, _o: unknown, cmd: Command) => {
      await (await import('./commands/images')).tagCommand(await ctx(cmd), source, target);
    });
  tagFlags(program.command('tag').description('create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'));
  program.command('commit').description('create a new image from a container\'s changes')
    .option('-a, --author <string>', 'author (e.g. "John Hannibal Smith <hannibal@a-team.com>")')
    .option('-c, --change <instruction>', 'Dockerfile instruction for the image: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, EXPOSE, STOPSIGNAL (repeatable)', collect)
    .option('-m, --message <text>', 'commit message')
    .option('-p, --pause', 'pause the container while committing (default)')
    .option('--no-pause', 'do not pause the container while committing')
    .argument('<container>')
    .argument('[reference]', 'REPOSITORY[:TAG]')
    .action(async (name: string, ref: string | undefined, opts: { author?: string; message?: string; change?: string[]; pause?: boolean }, cmd: Command) => {
      await (await import('./commands/images')).commitCommand(await ctx(cmd), name, ref, opts);
    });
  const image = program.command('image').description('manage images');
  imagesFlags(image.command('ls').alias('list').description('list images'));
  rmiFlags(image.command('rm').alias('remove').description('remove images'));
  historyFlags(image.command('history').description('the history of an image'));
  tagFlags(image.command('tag').description('create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'));
  image.command('inspect').description('details of images, as JSON')
    .argument('<image...>')
    .action(async (names: string[], _o: unknown, cmd: Command) => {
      await (await import('./commands/images')).imageInspectCommand(await ctx(cmd), names);
    });
  image.command('prune').description('remove dangling images (-a: every image no container uses)')
    .option('-a, --all', 'every image no container uses, not only dangling ones')
    .option('-f, --force', 'do it without asking')
    .option('--filter <key=value>', 'label=…, label!=…, until=… (repeatable)', collect)
    .action(async (opts: { all?: boolean; force?: boolean; filter?: string[] }, cmd: Command) => {
      await (await import('./commands/images')).imagePruneCommand(await ctx(cmd), opts);
    });
  const system = program.command('system').description('the daemon as a whole');
  system.command('df').description('disk usage: images, containers, local volumes, build cache')
    .option('-v, --verbose', 'a row per image, container and volume')
    .action(async (opts: { verbose?: boolean }, cmd: Command) => {
      await (await import('./commands/system-df')).systemDfCommand(await ctx(cmd), opts);
    });
  const volume = program.command('volume').description('named volumes: directories the daemon keeps for containers');
  volume.command('create').description('create a volume (a random name without NAME)')
    .option('-d, --driver <driver>', 'volume driver (only "local")')
    .option('--name <name>', 'the volume\'s name')
    .option('--label <key=value>', 'set a label (repeatable)', collect)
    .argument('[name]')
    .action(async (name: string | undefined, opts: { label?: string[]; driver?: string; name?: string }, cmd: Command) => {
      await (await import('./commands/volumes')).volumeCreate(await ctx(cmd), name, opts);
    });
  volume.command('ls').alias('list').description('list volumes')
    .option('-q, --quiet', 'names only')
    .option('-f, --filter <key=value>', 'dangling=true|false, name=…, label=…, driver=… (repeatable)', collect)
    .action(async (opts: { quiet?: boolean; filter?: string[] }, cmd: Command) => {
      await (await import('./commands/volumes')).volumeLs(await ctx(cmd), opts);
    });
  volume.command('inspect').description('details of volumes, as JSON')
    .argument('<volume...>')
    .action(async (names: string[], _opts: unknown, cmd: Command) => {
      await (await import('./commands/volumes')).volumeInspect(await ctx(cmd), names);
    });
  volume.command('rm').alias('remove').description('remove volumes (never one a container uses)')
    .option('-f, --force', 'a missing volume is no error')
    .argument('<volume...>')
    .action(async (names: string[], opts: { force?: boolean }, cmd: Command) => {
      await (await import('./commands/volumes')).volumeRm(await ctx(cmd), names, opts);
    });
  volume.command('prune').description('remove every volume no container uses')
    .option('-f, --force', 'do it without asking')
    .option('--filter <key=value>', 'label=…, label!=… (repeatable)', collect)
    .action(async (opts: { force?: boolean; filter?: string[] }, cmd: Command) => {
      await (await import('./commands/volumes')).volumePrune(await ctx(cmd), opts);
    });
  program.command('import').description('make an image from a root filesystem tarball (FILE or - for stdin)')
    .option('-c, --change <instruction>', 'Dockerfile instruction for the image: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, EXPOSE (repeatable)', collect)
    .option('-m, --message <text>', 'commit message')
    .argument('<file>')
    .argument('[reference]', 'REPO[:TAG]')
    .action(async (file: string, ref: string | undefined, opts: { change?: string[]; message?: string }, cmd: Command) => {
      await (await import('./commands/images')).importCommand(await ctx(cmd), file, ref, opts);
    });

  program.command('save').description('save images to a tar archive (docker-archive, or an OCI image layout); to stdout unless -o')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--format <format>', 'docker-archive (default) or oci')
    .argument('<image...>')
    .action(async (images: string[], opts: { output?: string; format?: string }, cmd: Command) => {
      await (await import('./commands/archives')).saveCommand(await ctx(cmd), images, opts);
    });
  program.command('load').description('load images from a tar archive (docker-archive or OCI image layout); from stdin unless -i')
    .option('-i, --input <file>', 'read from a file instead of stdin')
    .option('-q, --quiet', 'print only what was loaded')
    .action(async (opts: { input?: string; quiet?: boolean }, cmd: Command) => {
      await (await import('./commands/archives')).loadCommand(await ctx(cmd), opts);
    });
  program.command('export').description("export a container's filesystem as a tar archive; to stdout unless -o")
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .argument('<container>')
    .action(async (container: string, opts: { output?: string }, cmd: Command) => {
      await (await import('./commands/archives')).exportCommand(await ctx(cmd), container, opts);
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
      if (err.message) process.stderr.write(`${err.message}\n`);
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
