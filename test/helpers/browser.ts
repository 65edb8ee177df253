import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { ATTEST_BIN } from './cli.ts';

/** Debian's Chromium, as CI installs it (`apt-get install chromium`); never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything the server wrote to standard error so far. */
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has stopped. */
  stop(): Promise<number | null>;
}

/**
 * Starts the built `attest serve` on a free port, as a user would, and resolves once it prints its
 * address. It is stopped when the test ends, if the test has not stopped it.
 */
export async function startServe(
  t: { after(fn: () => unknown): void },
  caseDir: string,
  args: string[] = [],
): Promise<RunningServer> {
  const child = spawn(process.execPath, [ATTEST_BIN, '--case', caseDir, 'serve', '--port', '0', ...args], {
    env: { ...process.env, ATTEST_CASE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const found = /http:\/\/\S+\//.exec(stdout);
      if (found) resolve(found[0].replace(/\/$/, ''));
    });
    exited.then((code) => reject(new Error(`attest serve exited with ${code}: ${stderr}`)));
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  t.after(stop);
  return { url, process: child, stderr: () => stderr, stop };
}
