import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { caseConfig, openCase } from '../../src/case.ts';
import { type AttestServer, createServer, type ServerOptions } from '../../src/server/app.ts';
import type { JobBody } from '../../src/server/schemas.ts';
import { temporaryFolder } from './records.ts';

export const WEB_FIXTURES = resolve(import.meta.dirname, '../fixtures/web');
export const EXAMPLES = resolve(import.meta.dirname, '../../examples/articles');

export function fixture(name: string, folder = WEB_FIXTURES): Buffer {
  return readFileSync(join(folder, name));
}

/** What every test server is given besides its case: small limits, one thread, no UI, no log. */
export const TEST_SERVER_OPTIONS = {
  capture: {
    maxBytes: 1_000_000,
    allowPrivate: false,
    timeoutMs: 2000,
    maxRedirects: 3,
    userAgent: 'Attest/test',
  },
  threads: 1,
  ui: new Map(),
  allowedHosts: () => null,
  version: '0.0.0-test',
  log: () => {},
} satisfies Omit<ServerOptions, 'store' | 'blobs'>;

/** The API of a new, empty case, run in-process and called with `app.request` (no socket). */
export async function testServer(
  t: { after(fn: () => Promise<void> | void): void },
  overrides: Partial<ServerOptions> = {},
): Promise<AttestServer> {
  const opened = await openCase(caseConfig({ case: join(temporaryFolder(t), 'case') }, {}, process.cwd()));
  const server = createServer({
    store: opened.store,
    blobs: opened.blobs,
    ...TEST_SERVER_OPTIONS,
    ...overrides,
  });
  t.after(async () => {
    await server.jobs.idle();
    await opened.store.close();
  });
  return server;
}

/** Uploads files through the API and waits for the job to finish; returns the finished job. */
export async function upload(
  server: AttestServer,
  files: Array<{ name: string; bytes: Buffer | string }>,
): Promise<JobBody> {
  const form = new FormData();
  for (const file of files)
    form.append(
      'file',
      new File([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)], file.name),
    );
  const response = await server.app.request('/api/sources/upload', { method: 'POST', body: form });
  if (response.status !== 202)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  const job = (await response.json()) as JobBody;
  await server.jobs.idle();
  return server.jobs.get(job.id) as JobBody;
}

export function fixtureFiles(names: string[], folder = WEB_FIXTURES) {
  return names.map((name) => ({ name, bytes: fixture(name, folder) }));
}
