/**
 * The statement extractor's time per document on real news text (Reuters-21578 stories and BBC News
 * articles), each first run through the real text stage; only `extractQuotes` is timed, warm.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATA, type ReutersStory, readJsonLinesGz } from '../bench/corpora.ts';
import { extractQuotes, type QuoteOptions } from '../src/extract/quotes/index.ts';
import type { AnalyzedDocument } from '../src/model.ts';
import { toDocument } from '../src/text/document.ts';

const SAMPLE = 2000;

function analyze(text: string, locator: string): AnalyzedDocument {
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { document, tokens } = toDocument({ bytes, sha256, locator });
  return { document, tokens };
}

async function reuters(): Promise<AnalyzedDocument[]> {
  const documents: AnalyzedDocument[] = [];
  for await (const story of readJsonLinesGz<ReutersStory>(join(DATA, 'reuters-21578/docs.jsonl.gz'))) {
    if (!story.body?.trim()) continue;
    const text = `${story.title ?? ''}\n\n${story.dateline ?? ''} ${story.body}`;
    documents.push(analyze(text, `${story.newid}.txt`));
    if (documents.length >= SAMPLE) break;
  }
  return documents;
}

function bbc(): AnalyzedDocument[] {
  const root = join(DATA, 'bbc-news/articles');
  const documents: AnalyzedDocument[] = [];
  for (const topic of readdirSync(root, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const file of readdirSync(join(root, topic.name)).slice(0, SAMPLE / 5)) {
      documents.push(analyze(readFileSync(join(root, topic.name, file), 'latin1'), file));
    }
  }
  return documents;
}

function time(documents: readonly AnalyzedDocument[], options: QuoteOptions): { ms: number; quotes: number } {
  const context = { mentions: [], roles: [], dates: [] };
  for (const d of documents.slice(0, 200)) extractQuotes(d, context, options);
  let quotes = 0;
  const started = performance.now();
  for (const d of documents) quotes += extractQuotes(d, context, options).length;
  return { ms: (performance.now() - started) / documents.length, quotes };
}

export async function measureSpeed(options: QuoteOptions): Promise<void> {
  process.stdout.write('\nSpeed (extractQuotes alone, one thread, warm)\n');
  for (const [name, documents] of [
    ['Reuters-21578', await reuters()],
    ['BBC News', bbc()],
  ] as const) {
    const { ms, quotes } = time(documents, options);
    const kb = documents.reduce((n, d) => n + d.document.text.length, 0) / documents.length / 1000;
    process.stdout.write(
      `  ${name.padEnd(14)} ${documents.length} documents of ${kb.toFixed(1)} KB on average: ` +
        `${ms.toFixed(3)} ms a document, ${(quotes / documents.length).toFixed(1)} statements a document\n`,
    );
  }
}
