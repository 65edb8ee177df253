import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { Hono } from 'hono';

/**
 * The built browser UI, read into memory when the server starts (it is a few hundred kilobytes).
 * A request's path is only ever a key into this table, never a path on disk.
 */
export interface UiFile {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  /** Vite names the files under `assets/` by their content's hash, so they never change. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every file of the built UI by its URL path; an empty table when the UI has not been built. */
export async function loadUi(dir: string): Promise<Map<string, UiFile>> {
  const files = new Map<string, UiFile>();
  let paths: string[];
  try {
    paths = await filesUnder(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return files;
    throw error;
  }
  for (const path of paths) {
    const type = TYPES[extname(path)];
    if (!type) continue;
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    files.set(url, {
      body: new Uint8Array(await readFile(path)),
      type,
      immutable: url.startsWith('/assets/'),
    });
  }
  return files;
}

const NOT_BUILT =
  'The browser UI has not been built. Run `npm run build` in the Attest checkout, then start `attest serve` again.\n';

/**
 * Serves the UI's files, and its page for every other path outside `/api/` so that the page's own
 * router shows the route (a path with a file extension that is not a file is a plain 404).
 */
export function serveUi(app: Hono, files: Map<string, UiFile>): void {
  const page = files.get('/index.html');
  app.on(['GET', 'HEAD'], '*', (c, next) => {
    const path = c.req.path;
    if (path === '/api' || path.startsWith('/api/')) return next();
    const file = files.get(path) ?? (extname(path) === '' ? page : undefined);
    if (!file) return page ? c.text('not found\n', 404) : c.text(NOT_BUILT, 503);
    return c.body(file.body, 200, {
      'Content-Type': file.type,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
