import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { notExtracted, notExtractedNote } from '../query/documents.ts';
import { EXPORT_FORMATS, type ExportFormat, writeRecords } from '../query/export-formats.ts';
import { EXPORT_COLUMNS, EXPORT_KINDS, type ExportKind, exportRecords } from '../query/export-records.ts';
import { type Io, withCase, write } from './context.ts';

const EXAMPLES = `
Examples:
  attest export documents > documents.jsonl          one JSON record a line (the default)
  attest export documents --format csv > docs.csv    a spreadsheet, with a header row
  attest export documents --format json -o docs.json one JSON array, written to a file
  attest export quotes --format csv > quotes.csv      statements, with speaker, cue, medium and date
  attest export ftm > attest.ftm.json                 FollowTheMoney entities for Aleph (ftm tools)

Kinds: documents, quotes, entities, mentions, dates, claims (the fields are in the README), and ftm:
people, organisations, places and events as FollowTheMoney entities with their names and aliases,
each document as an Article, and a Documentation link for each actor a document names or quotes.`;

export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('write records in a format other tools read (field names are a stable contract)')
    .addArgument(program.createArgument('<kind>', 'what to export').choices(EXPORT_KINDS))
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText('after', EXAMPLES)
    .action(async (kind: ExportKind, flags: { format: ExportFormat; output?: string }) => {
      const target = flags.output ? createWriteStream(resolve(io.cwd, flags.output)) : io.stdout;
      const waiting = await withCase(program.opts(), io, async ({ store }) => {
        await writeRecords(exportRecords(store, kind), flags.format, EXPORT_COLUMNS[kind], (chunk) =>
          write(target, chunk),
        );
        return kind === 'documents' ? null : notExtractedNote(await notExtracted(store));
      });
      if (waiting) io.stderr.write(`attest: ${waiting}\n`);
      if (flags.output)
        await new Promise<void>((done, fail) => target.end((e?: Error) => (e ? fail(e) : done())));
    });
}
