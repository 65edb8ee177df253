import type { AddressInfo } from 'node:net';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { TeamLedger } from '../team/team-ledger.ts';
import { type Io, UserError, withCase, write } from './context.ts';
import { integerOption, positiveNumber } from './options.ts';
import { withTeam } from './team-context.ts';

const EXAMPLES = `
Examples:
  attest serve                        http://127.0.0.1:7340/ for this machine only
  attest serve --port 0               any free port (the address is printed)
  attest serve --host 0.0.0.0         every network interface: anyone who can reach it can add sources
  attest --db postgres://db/case serve --team --host 0.0.0.0
                                      a team's server: every API request needs a token (attest token)
  ATTEST_CASE=~/cases/prisons attest serve`;

interface ServeFlags {
  port: number;
  host: string;
  maxSize: number;
  allowPrivate?: boolean;
  timeout: number;
  maxRedirects: number;
  jobs?: number;
  team?: boolean;
}

/** How long a stop waits for a job that is adding sources before it leaves it unfinished. */
const STOP_GRACE_MS = 5000;

/** The built UI: `dist/web/` beside the compiled command line, also when run from the TypeScript sources. */
function uiDirectory(): string {
  const compiled = import.meta.url.endsWith('.js');
  return fileURLToPath(new URL(compiled ? '../web/' : '../../dist/web/', import.meta.url));
}

function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/** The server's modules, loaded by `serve` alone: the other commands start without them. */
async function serverModules() {
  const [node, app, security, ui] = await Promise.all([
    import('@hono/node-server'),
    import('../server/app.ts'),
    import('../server/security.ts'),
    import('../server/ui.ts'),
  ]);
  return {
    createAdaptorServer: node.createAdaptorServer,
    createServer: app.createServer,
    loopbackHosts: security.loopbackHosts,
    loadUi: ui.loadUi,
  };
}

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the ledger in the browser: search, read documents with their provenance, add sources')
    .option('--port <n>', 'port to listen on (0 picks a free one)', integerOption(0, 65_535), 7340)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--max-size <MB>', 'refuse added sources larger than this many megabytes', positiveNumber, 50)
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses')
    .option('--timeout <seconds>', 'give up on a URL after this many seconds', positiveNumber, 30)
    .option('--max-redirects <n>', 'follow at most this many redirects', integerOption(0, 50), 5)
    .option('--jobs <n>', 'worker threads for adding sources (default: one per core)', integerOption(1, 256))
    .option(
      '--team',
      'team mode (PostgreSQL ledger): API tokens, read-only tokens, an audit log of every action',
    )
    .addHelpText('after', EXAMPLES)
    .action((flags: ServeFlags) =>
      (flags.team ? withTeam : withCase)(program.opts(), io, async (opened) => {
        const { dir, store, blobs } = opened;
        const team = 'team' in opened ? (opened.team as TeamLedger) : undefined;
        const { createAdaptorServer, createServer, loopbackHosts, loadUi } = await serverModules();
        const ui = await loadUi(uiDirectory());
        if (ui.size === 0)
          io.stderr.write('attest: the browser UI is not built (npm run build); serving the API only\n');
        let port = flags.port;
        const server = createServer({
          store,
          blobs,
          capture: {
            maxBytes: Math.round(flags.maxSize * 1_000_000),
            allowPrivate: flags.allowPrivate === true,
            timeoutMs: Math.round(flags.timeout * 1000),
            maxRedirects: flags.maxRedirects,
            userAgent: 'Attest/0.1 (evidence ledger; +https://www.npmjs.com/package/attest)',
          },
          threads: flags.jobs,
          ui,
          allowedHosts: () => loopbackHosts(flags.host, port),
          version: program.version() ?? '',
          curator: io.env.ATTEST_USER || userInfo().username,
          log: (line) => io.stderr.write(`attest: ${line}\n`),
          ...(team ? { team } : {}),
        });
        const http = createAdaptorServer({ fetch: server.app.fetch });
        await new Promise<void>((resolve, reject) => {
          http.once('error', (error: NodeJS.ErrnoException) =>
            reject(
              error.code === 'EADDRINUSE'
                ? new UserError(
                    `port ${flags.port} is in use: choose another with --port, or --port 0 for any free one`,
                  )
                : error,
            ),
          );
          http.listen(flags.port, flags.host, () => resolve());
        });
        port = (http.address() as AddressInfo).port;
        await write(
          io.stdout,
          `Attest is serving the case in ${dir}${team ? ' in team mode (API tokens required)' : ''}\n  ${urlOf(flags.host, port)}\nPress Ctrl-C to stop.\n`,
        );

        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
        io.stderr.write('attest: stopping (Ctrl-C again to stop at once)\n');
        const closed = new Promise((resolve) => http.close(resolve));
        // Open event streams would hold the server open; the pages reconnect to the next server.
        if ('closeAllConnections' in http) http.closeAllConnections();
        const grace = new Promise<false>((resolve) =>
          setTimeout(() => resolve(false), STOP_GRACE_MS).unref(),
        );
        if (!(await Promise.race([server.jobs.idle().then(() => true), grace]))) {
          io.stderr.write(
            'attest: stopped while adding sources: each document stored so far is whole; add the rest again\n',
          );
          // A fetch or a worker in flight cannot be cancelled from here. Each document is stored in one
          // transaction, after its bytes are preserved, so stopping now leaves a case that verifies.
          process.exit(0);
        }
        await closed;
        io.stderr.write('attest: stopped\n');
      }),
    );
}
