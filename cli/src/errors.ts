// The CLI's few failure kinds, each with its exit status: 1 for a failed command, 2 for a
// command line that could not be understood.

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1, opts?: { cause?: unknown }) {
    super(message, opts);
    this.name = new.target.name;
  }
}

/** A bad flag value or address: exit 2, like commander's own usage errors. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** The daemon answered with a status ≥ 400 and a `{"message": …}` body. */
export class DaemonError extends CliError {
  constructor(readonly status: number, readonly daemonMessage: string) {
    super(`Error response from daemon: ${daemonMessage}`, 1);
  }
}

/** Nothing answered at the address. */
export class UnreachableError extends CliError {}
