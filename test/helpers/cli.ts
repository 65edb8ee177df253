import { type SpawnOptions, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The built command line, run as a user would run it (`npm test` builds it first). */
export const ATTEST_BIN = resolve(import.meta.dirname, '../../bin/attest.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runAttest(
  args: string[],
  options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = { cwd: process.cwd() },
): Promise<RunResult> {
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    // The case in the working folder unless a test says otherwise (a stray .attest folder above the
    // temporary folders, in /tmp say, must not become every test's case), and the developer's own
    // database settings never leak into a test.
    env: {
      ...process.env,
      ATTEST_CASE: join(options.cwd, '.attest'),
      ATTEST_DATABASE_URL: '',
      ATTEST_BLOBS: '',
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  };
  const child = spawn(process.execPath, [ATTEST_BIN, ...args], spawnOptions);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  child.stdin?.end(options.input ?? '');
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
