import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Curation, type Document, documentIdOf, PIPELINE_VERSION } from '../../src/model.ts';

/** Builds a plausible document record for a fictional text, with one paragraph per blank-line block. */
export function fictionalDocument(text: string, overrides: Partial<Document> = {}): Document {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const paragraphs = [];
  let start = 0;
  for (const block of text.split('\n\n')) {
    paragraphs.push({ start, end: start + block.length });
    start += block.length + 2;
  }
  return {
    id: documentIdOf(sha256),
    sourceSha256: sha256,
    pipelineVersion: PIPELINE_VERSION,
    handler: 'plain',
    title: null,
    byline: null,
    published: null,
    language: 'en',
    encoding: 'utf-8',
    text,
    paragraphs,
    sentences: paragraphs,
    removed: [],
    warnings: [],
    ...overrides,
  };
}

/** A temporary folder removed when the test ends. */
export function temporaryFolder(t: { after(fn: () => void): void }, prefix = 'attest-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const EXAMPLE_ARTICLES = resolve(import.meta.dirname, '../../examples/articles');

/** A temporary working folder holding a copy of the bundled fictional articles in `articles/`. */
export function exampleWorkspace(t: { after(fn: () => void): void }): string {
  const dir = temporaryFolder(t);
  cpSync(EXAMPLE_ARTICLES, join(dir, 'articles'), { recursive: true });
  return dir;
}

/**
 * A correction made on an entity the case no longer has, as after a new pipeline version regrouped the
 * names it was made on: kept, but it applies to nothing.
 */
export const VANISHED_ENTITY_CURATION: Curation = {
  id: 'curation-of-a-vanished-entity',
  by: 'lena',
  at: '2026-11-29T10:00:00.000Z',
  reason: null,
  action: { type: 'rename', entity: 'person-000000000000', name: 'Ana Ruiz' },
  undone: null,
};
