import { Command, CommanderError } from 'commander';
import { InvalidStorageChoice, StoreUnavailable } from '../case.ts';
import { NotFound } from '../query/documents.ts';
import { InvalidQuery } from '../query/search.ts';
import { registerAdd } from './add.ts';
import { registerAudit } from './audit.ts';
import { registerClaims } from './claims.ts';
import { defaultIo, type Io, UserError } from './context.ts';
import { registerEntity } from './entity.ts';
import { registerExport } from './export.ts';
import { registerList } from './list.ts';
import { registerQuotes } from './quotes.ts';
import { registerReprocess } from './reprocess.ts';
import { registerSearch } from './search.ts';
import { registerServe } from './serve.ts';
import { registerShow } from './show.ts';
import { registerStatus } from './status.ts';
import { registerTimeline } from './timeline.ts';
import { registerToken } from './token.ts';
import { registerVerify } from './verify.ts';
import { registerWorker } from './worker.ts';

const OVERVIEW = `
A case (database and preserved sources) is found from --case DIR, else ATTEST_CASE, else the nearest
.attest/ folder upward from here, else ./.attest/ is created. With --db URL or ATTEST_DATABASE_URL
(postgres://...), the records are kept in PostgreSQL instead, and the preserved sources in the case
folder, or where --blobs or ATTEST_BLOBS says: postgres (the same database) or a folder.

Examples:
  attest add ~/articles https://example.org/story.html
  attest search '"Revolutionary Guards" commander'
  attest show 3f2a9c
  attest export documents --format csv > documents.csv
  attest verify
  attest serve                     the same, and more, in a browser

Exit status: 0 success, 1 something failed (each failure is listed), 2 usage error.`;

export function buildProgram(io: Io): Command {
  const program = new Command('attest')
    .description(
      'an evidence ledger: preserve sources, clean them, and trace every statement to its characters',
    )
    .version('0.1.0')
    .option('--case <dir>', 'the case folder (database and preserved sources)')
    .option('--db <url>', 'keep the records in PostgreSQL (postgres://user@host/database)')
    .option('--blobs <where>', 'keep preserved sources in "postgres" or in this folder')
    .addHelpText('after', OVERVIEW)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  for (const register of [
    registerAdd,
    registerList,
    registerShow,
    registerSearch,
    registerQuotes,
    registerClaims,
    registerTimeline,
    registerEntity,
    registerExport,
    registerVerify,
    registerReprocess,
    registerServe,
    registerWorker,
    registerStatus,
    registerToken,
    registerAudit,
  ]) {
    register(program, io);
  }
  const overrideAll = (parent: Command) => {
    for (const command of parent.commands) {
      command.exitOverride().configureOutput(program.configureOutput());
      overrideAll(command);
    }
  };
  overrideAll(program);
  return program;
}

/** Runs the command line and returns the exit status instead of exiting, so it can be tested in-process. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (error instanceof UserError) {
      if (error.message) io.stderr.write(`attest: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof InvalidStorageChoice) {
      io.stderr.write(`attest: ${error.message}\n`);
      return 2;
    }
    if (error instanceof NotFound || error instanceof InvalidQuery || error instanceof StoreUnavailable) {
      io.stderr.write(`attest: ${error.message}\n`);
      return 1;
    }
    io.stderr.write(
      `attest: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
