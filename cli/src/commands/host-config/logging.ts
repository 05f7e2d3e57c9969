// keel run/create --log-driver and --log-opt → the create body's HostConfig.LogConfig (as the docker CLI sends it).
import type { Command } from 'commander';
import { CliError } from '../../errors';

export interface LoggingOptions {
  logDriver?: string;
  logOpt?: string[];
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** Adds the flags to `run` and `create`. */
export function loggingFlags(c: Command): Command {
  return c
    .option('--log-driver <driver>', 'logging driver for the container (json-file, the only one)')
    .option('--log-opt <key=value>', 'log driver option, e.g. max-size=10m, max-file=3 (repeatable)', collect);
}

/** The daemon checks the options themselves; here only their key=value shape. */
export function loggingBody(o: LoggingOptions): Record<string, unknown> {
  const config: Record<string, string> = {};
  for (const opt of o.logOpt ?? []) {
    const i = opt.indexOf('=');
    if (i <= 0) throw new CliError(`invalid argument "${opt}" for "--log-opt" flag: expected key=value`, 125);
    config[opt.slice(0, i)] = opt.slice(i + 1);
  }
  return { LogConfig: { Type: o.logDriver ?? '', Config: config } };
}
