import { type Command, InvalidArgumentError } from 'commander';
import type { QuoteKind } from '../model.ts';
import { notExtracted, notExtractedNote, resolveDocumentId } from '../query/documents.ts';
import { entitiesNamed } from '../query/entities.ts';
import { listStatements, type StatementView } from '../query/quotes.ts';
import type { QuoteFilter } from '../store/store.ts';
import { type Io, UserError, withCase, write, writeJson } from './context.ts';
import { integerOption, isoDate, probability } from './options.ts';
import { registerQuotesFix } from './quotes-fix.ts';
import { safeForTerminal } from './text-format.ts';

const EXAMPLES = `
Examples:
  attest quotes --speaker Soleimani           every statement by him, in any spelling, oldest first
  attest quotes --speaker person-3f2a9c1b0d4e  one entity exactly, by its id
  attest quotes --document 3f2a9c --json      the statements of one document
  attest quotes --since 2019-11 --until 2019-12-31 --kind direct
  attest quotes --kind scare                  words used as labels ("rioters"), kept apart from statements
  attest quotes --speaker Soleimani --min-confidence 0.9   only the surest of his statements
  attest quotes fix ID --speaker NAME         correct who said it (or --unnamed TEXT, --kind KIND)

A statement's date is when the text says it was said, else when its document was published. Each one
shows the rule that attributed it and how sure that is (the share of statements like it that were right
when checked against annotated news), and how many independent sources repeat it.`;

const KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect', 'scare'];
function kinds(value: string, previous: QuoteKind[] | undefined): QuoteKind[] {
  if (!KINDS.includes(value as QuoteKind))
    throw new InvalidArgumentError(`expected one of ${KINDS.join(', ')}`);
  return [...(previous ?? []), value as QuoteKind];
}

interface QuotesFlags {
  speaker?: string;
  document?: string;
  since?: string;
  until?: string;
  kind?: QuoteKind[];
  minConfidence?: number;
  limit: number;
  offset: number;
  json?: boolean;
}

function statementLines(s: StatementView): string[] {
  const { quote, document } = s;
  const speaker = s.speakerEntity?.name ?? (quote.speaker ? quote.speaker.text : 'no speaker found');
  const how = [quote.cue?.text, quote.medium?.text].filter(Boolean).join(', ');
  const date = quote.saidOn?.value ?? document.published ?? 'undated';
  const repeats = s.repeats
    ? `  also in ${s.repeats.occurrences.length - 1} other documents; ${s.repeats.independence.sources} independent sources`
    : '';
  const via = quote.via ? `  via ${quote.via.text}` : '';
  return [
    `${date.padEnd(10)}  ${safeForTerminal(speaker)}${how ? `  (${safeForTerminal(how)})` : ''}${safeForTerminal(via)}  [${quote.kind}]`,
    `  ${safeForTerminal(quote.text.replace(/\s+/g, ' '))}`,
    `  ${safeForTerminal(document.source)}  ${s.id}  ${quote.sieve} ${quote.confidence.toFixed(2)}${repeats}`,
  ];
}

export function registerQuotes(program: Command, io: Io): void {
  const quotes = program.command('quotes');
  registerQuotesFix(quotes, program, io);
  quotes
    .description('statements: who said what, where and when, with the characters they came from')
    .option(
      '--speaker <name>',
      'statements by this speaker: a name in any spelling, a surname, or an entity id',
    )
    .option('--document <id>', 'statements in this document (an id or a prefix of 4+ digits)')
    .option('--since <date>', 'said (or published) on or after this date', isoDate)
    .option('--until <date>', 'said (or published) on or before this date', isoDate)
    .option(
      '--kind <kind>',
      `only this kind (repeatable): ${KINDS.join(', ')}; scare quotes only when asked`,
      kinds,
    )
    .option(
      '--min-confidence <p>',
      'only statements at least this sure (0 to 1; of those given 0.9, about nine in ten are right), and any a person corrected',
      probability,
    )
    .option('--limit <n>', 'how many', integerOption(1, 100_000), 50)
    .option('--offset <n>', 'skip this many first', integerOption(0, Number.MAX_SAFE_INTEGER), 0)
    .option('--json', 'print JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: QuotesFlags) => {
      const { list, notes } = await withCase(program.opts(), io, async ({ store }) => {
        const filter: QuoteFilter = { kinds: flags.kind ?? ['direct', 'mixed', 'indirect'] };
        const notes: string[] = [];
        if (flags.speaker) {
          const found = await entitiesNamed(store, flags.speaker);
          if (found.length === 0) throw new UserError(`no entity named "${flags.speaker}"`);
          if (found.length > 1) {
            notes.push(
              `"${flags.speaker}" names ${found.length} entities: ${found.map((e) => `${e.id} (${e.name})`).join('; ')}; ` +
                'showing the statements of all of them (give an id to choose one)',
            );
          }
          filter.speakerEntities = found.map((e) => e.id);
        }
        if (flags.document) filter.documentId = await resolveDocumentId(store, flags.document);
        if (flags.since) filter.since = flags.since;
        if (flags.until) filter.until = flags.until;
        if (flags.minConfidence !== undefined) filter.minConfidence = flags.minConfidence;
        const waiting = notExtractedNote(await notExtracted(store, filter.documentId));
        if (waiting) notes.push(waiting);
        return {
          list: await listStatements(store, filter, { limit: flags.limit, offset: flags.offset }),
          notes,
        };
      });
      for (const note of notes) io.stderr.write(`attest: ${note}\n`);
      if (flags.json) return writeJson(io, list);
      const blocks = list.statements.map((s) => statementLines(s).join('\n'));
      const shown = list.statements.length;
      const range =
        shown > 0 ? `${flags.offset + 1}-${flags.offset + shown} of ${list.total}` : `0 of ${list.total}`;
      await write(io.stdout, `${[...blocks, `(${range} statements)`].join('\n\n')}\n`);
    });
}
