import { type Command, InvalidArgumentError } from 'commander';
import { type TimelineEvent, type TimelineKind, TimelineTooDeep, timeline } from '../query/timeline.ts';
import { type Io, UserError, withCase, write, writeJson } from './context.ts';
import { integerOption, isoDate } from './options.ts';
import { safeForTerminal } from './text-format.ts';

const EXAMPLES = `
Examples:
  attest timeline                                  everything dated in the corpus, earliest first
  attest timeline --entity Karimi --from 2019      what the sources date about Karimi, and what he said
  attest timeline --from 1981-06 --to 1981-09 --only date
  attest timeline --entity person-3f2a9c1b0d4e --json

Two kinds of event: a date a document mentions, shown with the sentence it is in (with --entity, only
sentences that name the entity, in any spelling), and a statement, dated when the text says it was
said, else by its document's publication. A year sorts before the days within it.`;

const KINDS: readonly TimelineKind[] = ['date', 'statement'];

function kindOption(value: string): TimelineKind {
  if (!KINDS.includes(value as TimelineKind))
    throw new InvalidArgumentError(`expected one of ${KINDS.join(', ')}`);
  return value as TimelineKind;
}

interface TimelineFlags {
  entity?: string;
  from?: string;
  to?: string;
  only?: TimelineKind;
  limit: number;
  offset: number;
  json?: boolean;
}

function flat(text: string): string {
  return safeForTerminal(text.replace(/\s+/g, ' ').trim());
}

function eventLines(event: TimelineEvent): string[] {
  const when = `${event.when.value} (${event.when.precision})`.padEnd(18);
  const where = `  ${safeForTerminal(event.document.source)}  ${event.document.id}`;
  if (event.statement) {
    const { quote, speakerEntity } = event.statement;
    const speaker = speakerEntity?.name ?? quote.speaker?.text ?? 'no speaker found';
    const how = [quote.cue ? flat(quote.cue.text) : null, quote.kind].filter(Boolean).join(', ');
    return [`${when}  ${flat(speaker)} (${how}): ${flat(quote.text)}`, where];
  }
  const context = event.sentence ? flat(event.sentence.text) : flat(event.text);
  return [`${when}  [${flat(event.text)}]  ${context}`, where];
}

export function registerTimeline(program: Command, io: Io): void {
  program
    .command('timeline')
    .description('dated events and statements in calendar order, each with its source')
    .option('--entity <name>', 'only what concerns this actor: a name in any spelling, or an entity id')
    .option('--from <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'on or before this date (the whole of a year or month given)', isoDate)
    .option('--only <kind>', `only one kind of event: ${KINDS.join(' or ')}`, kindOption)
    .option('--limit <n>', 'how many events', integerOption(1, 10_000), 50)
    .option('--offset <n>', 'skip this many first', integerOption(0, 10_000), 0)
    .option('--json', 'print JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: TimelineFlags) => {
      const result = await withCase(program.opts(), io, async ({ store }) => {
        try {
          return await timeline(
            store,
            {
              ...(flags.entity ? { entity: flags.entity } : {}),
              ...(flags.from ? { from: flags.from } : {}),
              ...(flags.to ? { to: flags.to } : {}),
              ...(flags.only ? { kinds: [flags.only] } : {}),
            },
            { limit: flags.limit, offset: flags.offset },
          );
        } catch (error) {
          if (error instanceof TimelineTooDeep) throw new UserError(error.message, 2);
          throw error;
        }
      });
      if (result.entities.length > 1) {
        const names = result.entities.map((e) => `${e.id} (${e.name})`).join('; ');
        io.stderr.write(
          `attest: "${flags.entity}" names ${result.entities.length} entities: ${names}; showing all of them (give an id to choose one)\n`,
        );
      }
      if (flags.json) return writeJson(io, result);
      const shown = result.events.length;
      const range =
        shown > 0 ? `${flags.offset + 1}-${flags.offset + shown} of ${result.total}` : `0 of ${result.total}`;
      const blocks = result.events.map((e) => eventLines(e).join('\n'));
      await write(io.stdout, `${[...blocks, `(${range} events)`].join('\n\n')}\n`);
    });
}
