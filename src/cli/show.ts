import type { Command } from 'commander';
import { PIPELINE_VERSION, TEXT_ONLY_VERSION } from '../model.ts';
import { annotatedDocumentView } from '../query/documents.ts';
import { type Io, withCase, write, writeJson } from './context.ts';
import { COLOUR_MARKS, markSpans, PLAIN_MARKS, superscript } from './marked-text.ts';
import { humanBytes, safeForTerminal } from './text-format.ts';

const EXAMPLES = `
Examples:
  attest show 3f2a9c              a document by id (any unambiguous prefix of 4+ digits)
  attest show 3f2a9c --json       the whole record: text, removals, provenance, statements, names, dates, figures
  attest show 3f2a9c --text-only  just the clean text`;

export function registerShow(program: Command, io: Io): void {
  program
    .command('show')
    .description('show a document: clean text, what was removed and why, metadata and provenance')
    .argument('<document>', 'document id or a prefix of it')
    .option('--json', 'print JSON')
    .option('--text-only', 'print only the clean text')
    .addHelpText('after', EXAMPLES)
    .action(async (typed: string, flags: { json?: boolean; textOnly?: boolean }) => {
      const view = await withCase(program.opts(), io, ({ store }) => annotatedDocumentView(store, typed));
      if (flags.json) return writeJson(io, view);
      const { document: d, source } = view;
      if (flags.textOnly) return write(io.stdout, `${safeForTerminal(d.text)}\n`);
      const statements = view.annotations.quotes.filter((q) => q.kind !== 'scare');
      const marks = statements.map((q, i) => ({ ...q.span, note: i + 1 }));
      const field = (name: string, value: string | null | undefined) =>
        `${name.padEnd(11)} ${value === null || value === undefined || value === '' ? '-' : safeForTerminal(value)}`;
      const date = d.published
        ? `${d.published.value} (${d.published.precision}, from ${d.published.from})`
        : null;
      const out = [
        field('document', d.id),
        field('title', d.title),
        field('byline', d.byline),
        field('published', date),
        field('language', d.language),
        field('handler', `${d.handler}, ${d.encoding}, pipeline ${d.pipelineVersion}`),
        field(
          'size',
          `${d.text.length} characters, ${d.paragraphs.length} paragraphs, ${d.sentences.length} sentences`,
        ),
        ...d.warnings.map((w) => field('warning', w)),
        ...outdated(d.pipelineVersion).map((note) => field('outdated', note)),
        '',
        markSpans(d.text, marks, io.stdout.isTTY ? COLOUR_MARKS : PLAIN_MARKS, safeForTerminal),
        '',
        `statements (${statements.length})`,
        ...statements.map((q, i) => {
          const speaker = q.speaker ? q.speaker.text : 'no speaker found';
          const cue = q.cue ? ` ${q.cue.text}` : '';
          const medium = q.medium ? `, ${q.medium.text}` : '';
          const date = q.saidOn ? `, ${q.saidOn.value}` : '';
          return `  ${superscript(i + 1)} ${q.kind.padEnd(8)} ${safeForTerminal(`${speaker}${cue}${medium}${date}`)}  [${q.sieve} ${q.confidence.toFixed(2)}]`;
        }),
        '',
        `removed (${d.removed.length})`,
        ...d.removed.map(
          (r) =>
            `  ${r.reason.padEnd(19)} at ${String(r.at).padStart(6)}  ${safeForTerminal(r.text.replace(/\s+/g, ' '))}`,
        ),
        '',
        'provenance',
        `  sha256      ${source.sha256}`,
        `  size        ${humanBytes(source.size)} (${source.size} bytes), ${source.mediaType}`,
        ...source.sightings.map((s) => {
          const http = s.httpStatus
            ? `  HTTP ${s.httpStatus}${s.finalUrl && s.finalUrl !== s.locator ? ` at ${s.finalUrl}` : ''}`
            : '';
          return `  seen        ${s.seenAt}  ${safeForTerminal(s.locator)}${safeForTerminal(http)}`;
        }),
      ];
      await write(io.stdout, `${out.join('\n')}\n`);
    });
}

/** Why a document is not what this version would derive, and what brings it up to date. */
function outdated(version: string): string[] {
  if (version === PIPELINE_VERSION) return [];
  const why =
    version === TEXT_ONLY_VERSION
      ? 'added with --no-extract, nothing extracted yet'
      : `derived by pipeline ${version}, not ${PIPELINE_VERSION}`;
  return [`${why}: \`attest reprocess --outdated\` derives it in full`];
}
