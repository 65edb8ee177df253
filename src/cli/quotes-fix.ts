import { userInfo } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';
import type { QuoteKind } from '../model.ts';
import { curate } from '../pipeline-curate.ts';
import { statementFixActions } from '../query/statement-corrections.ts';
import { type Io, UserError, withCase, write, writeJson } from './context.ts';

const EXAMPLES = `
Examples:
  attest quotes fix 3f2a9c01d4e5b6a7:120-188 --speaker "Petra Halvorsen"
  attest quotes fix 3f2a9c01d4e5b6a7:120-188 --unnamed "a senior official" --reason "no name in the text"
  attest quotes fix 3f2a9c01d4e5b6a7:120-188 --kind indirect
  attest entity undo                          takes the last fix back, like any other change

The statement id is the last column of \`attest quotes\`. A fix is a curation record (who, when, why),
the same one the browser writes; it survives reprocess and is listed by \`attest entity history\`.`;

const KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect', 'scare'];

function kindArgument(value: string): QuoteKind {
  if (!KINDS.includes(value as QuoteKind))
    throw new InvalidArgumentError(`expected one of ${KINDS.join(', ')}`);
  return value as QuoteKind;
}

interface FixFlags {
  speaker?: string;
  unnamed?: string;
  kind?: QuoteKind;
  by?: string;
  reason?: string;
  json?: boolean;
}

/**
 * Commander hands an option that `attest quotes` also declares (--speaker, --kind, --json) to
 * `quotes`, wherever it stands, unless options are made positional program-wide (which would stop
 * `attest add x --case y` from working): those are read back from there.
 */
function withParentFlags(
  own: FixFlags,
  parent: { speaker?: string; kind?: QuoteKind[]; json?: boolean },
): FixFlags {
  return {
    ...own,
    speaker: own.speaker ?? parent.speaker,
    kind: own.kind ?? parent.kind?.at(-1),
    json: own.json ?? parent.json,
  };
}

/** `attest quotes fix`: corrects a statement's speaker or kind. */
export function registerQuotesFix(quotes: Command, program: Command, io: Io): void {
  quotes
    .command('fix')
    .description('correct a statement’s speaker or kind, as a curation record')
    .argument('<statement>', 'a statement id, DOCUMENT:START-END')
    .option('--speaker <name>', 'who said it: a name in any spelling, or an entity id')
    .option('--unnamed <text>', 'an unnamed source, kept as written ("a senior official")')
    .option('--kind <kind>', `what kind of statement: ${KINDS.join(', ')}`, kindArgument)
    .option('--by <name>', 'who makes the change (default: ATTEST_USER, else your login name)')
    .option('--reason <text>', 'why, for whoever reads the history')
    .option('--json', 'print JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (id: string, own: FixFlags) => {
      const flags = withParentFlags(own, quotes.opts());
      if (!flags.speaker && !flags.unnamed && !flags.kind)
        throw new UserError('give --speaker, --unnamed or --kind');
      if (flags.speaker && flags.unnamed) throw new UserError('give --speaker or --unnamed, not both');
      const curations = await withCase(program.opts(), io, async ({ store }) => {
        const actions = await statementFixActions(store, id, flags);
        const curator = { by: flags.by ?? (io.env.ATTEST_USER || userInfo().username), reason: flags.reason };
        const made = [];
        for (const action of actions) made.push((await curate(store, action, curator)).curation);
        return made;
      });
      if (flags.json) return writeJson(io, curations);
      await write(
        io.stdout,
        curations.map((c) => `recorded ${c.id}: ${JSON.stringify(c.action)}\n`).join(''),
      );
    });
}
