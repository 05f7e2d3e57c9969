import { InternalError, InvalidArgumentError, type KeelError, PermissionDeniedError } from '../../kit/src/errors';
import type { StartFailure } from './task/store';

/**
 * The error of a start that failed before exec, from keel-shim's report. The exec failures keep
 * Docker's wording, which the docker CLI turns into exit codes: "executable file not found" and
 * "no such file or directory" → 127, "permission denied" → 126.
 */
export function startError(id: string, cmd: string, f: StartFailure): KeelError {
  const detail = JSON.stringify({ step: f.step, syscall: f.syscall, errno: f.errno, code: f.code, path: f.path });
  const prefix = `start container ${id}`;
  if (f.step === 'lookup') {
    return new InvalidArgumentError(`${prefix}: exec: "${cmd}": executable file not found in $PATH (${f.code})`, { detail });
  }
  if (f.step === 'exec' && (f.code === 'ENOENT' || f.code === 'ENOTDIR')) {
    return new InvalidArgumentError(`${prefix}: exec: "${cmd}": stat ${f.path}: no such file or directory (${f.code})`, { detail });
  }
  if (f.step === 'exec' && f.code === 'EACCES') {
    return new PermissionDeniedError(`${prefix}: exec: "${cmd}": permission denied (${f.code})`, { detail });
  }
  if (f.step === 'exec' && f.code === 'ENOEXEC') {
    return new InvalidArgumentError(`${prefix}: exec: "${cmd}": exec format error (${f.code})`, { detail });
  }
  if (f.step === 'runc-create' && f.syscall === 'runc') {
    // runc's own words: its exec checks use Docker's wording too
    const said = f.message.split('\n').map((l) => l.trim()).filter(Boolean).at(-1) ?? f.message;
    if (/executable file not found|no such file or directory/.test(said)) return new InvalidArgumentError(`${prefix}: ${said}`, { detail });
    if (/permission denied/.test(said)) return new PermissionDeniedError(`${prefix}: ${said}`, { detail });
    return new InternalError(`${prefix}: runc create: ${said}`, { detail });
  }
  const what = [f.syscall, f.path].filter(Boolean).join(' ');
  return new InternalError(`${prefix}: ${f.step}: ${what}: ${f.code}${f.message ? ` (${f.message})` : ''}`, { detail });
}
