import { spawn } from 'node:child_process';

export interface Result { code: number | null; stdout: string; stderr: string }

/** Runs cmd to its end: exit code and everything it wrote; input, when given, is its stdin. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout!.on('data', (d) => { stdout += d; });
    p.stderr!.on('data', (d) => { stderr += d; });
    p.on('error', reject);
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) p.stdin!.end(input);
  });
}
