import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import pg from 'pg';
import { queueSchemaFor } from '../../src/queue/connection.ts';
import { ATTEST_BIN } from './cli.ts';
import { TEST_DATABASE_URL } from './engines.ts';
import { temporaryFolder } from './records.ts';

/** Workers as real processes against the real server, for the queue's tests. */

const EXAMPLES = resolve(import.meta.dirname, '../../examples/articles');

/** A folder with the example articles and `extra` fictional dispatches of its own in `articles/`. */
export function articlesWorkspace(t: TestContext, extra = 0): string {
  const cwd = temporaryFolder(t);
  cpSync(EXAMPLES, join(cwd, 'articles'), { recursive: true });
  mkdirSync(join(cwd, 'articles'), { recursive: true });
  for (let i = 1; i <= extra; i++) {
    writeFileSync(
      join(cwd, 'articles', `dispatch-${String(i).padStart(2, '0')}.txt`),
      `Harbour council meets for the ${i}th time\n\nPORT VELLAN, 3 March 2025 - Councillor Mira Dostal said ` +
        `on Monday that "the ${i} berths will reopen within a week", according to the harbour office.\n\n` +
        `About ${i * 120} dock workers joined the strike, the union's spokesman Teodor Lasko told reporters.\n`,
    );
  }
  return cwd;
}

/** The ledger's schema (from the URL's search_path) and the name its processes carry on the server. */
export function ledgerOf(url: string): { schema: string; applicationName: string; url: string } {
  const options = new URL(url).searchParams.get('options') ?? '';
  const schema = /search_path=(\S+)/.exec(options)?.[1] ?? 'public';
  const applicationName = `attest_${schema}`;
  const named = new URL(url);
  named.searchParams.set('application_name', applicationName);
  return { schema, applicationName, url: named.toString() };
}

/** Drops the ledger's queue schema when the test ends (the ledger's own schema is dropped by its test). */
export function dropQueueAfter(t: TestContext, schema: string): void {
  t.after(() => administer(`drop schema if exists ${queueSchemaFor(schema)} cascade`));
}

export async function administer<R extends pg.QueryResultRow>(statement: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await client.query<R>(statement, values);
  } finally {
    await client.end();
  }
}

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves when the output has a line matching `pattern`; fails after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  exited: Promise<number | null>;
}

const WORKER_DEADLINE_MS = 180_000;

/** A worker process, killed when the test ends if it is still running (a test that failed midway). */
export function startWorkerProcess(
  t: TestContext,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): WorkerProcess {
  const child = spawn(process.execPath, [ATTEST_BIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ATTEST_DATABASE_URL: '', ATTEST_BLOBS: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (d: Buffer) => {
    output += d.toString('utf8');
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  // A worker that hangs fails its test in minutes, with what it printed, rather than holding the run.
  const deadline = setTimeout(() => {
    output += `\n[test: the worker had not exited after ${WORKER_DEADLINE_MS / 1000} s; killed]\n`;
    child.kill('SIGKILL');
  }, WORKER_DEADLINE_MS);
  const exited = new Promise<number | null>((done) =>
    child.on('close', (code) => {
      clearTimeout(deadline);
      done(code);
    }),
  );
  t.after(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  return {
    child,
    output: () => output,
    exited,
    async waitFor(pattern, ms = 60_000) {
      const until = Date.now() + ms;
      while (!pattern.test(output)) {
        if (Date.now() > until) throw new Error(`no ${pattern} in the worker's output:\n${output}`);
        if (child.exitCode !== null) throw new Error(`the worker exited before ${pattern}:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
