import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { toDocument } from '../../src/text/document.ts';

/** Real hard-wrapped wire copy, read at test time from the shared data folder and never copied here. */
const CORPUS = join(import.meta.dirname, '../../../shared/data/reuters-21578/docs.jsonl.gz');
const SAMPLE = 400;

function sampleBodies(): string[] {
  const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n');
  const bodies = lines.flatMap((line) => {
    const body = line ? (JSON.parse(line) as { body?: string }).body : undefined;
    return body?.trim() ? [body] : [];
  });
  const step = Math.max(1, Math.floor(bodies.length / SAMPLE));
  return bodies.filter((_, i) => i % step === 0).slice(0, SAMPLE);
}

const skip = existsSync(CORPUS) ? false : `the Reuters-21578 corpus is not at ${CORPUS}`;

test('real wire bodies unwrap into paragraphs without line breaks or sentences across them', { skip }, () => {
  const bodies = sampleBodies();
  assert.equal(bodies.length, SAMPLE);
  for (const [i, body] of bodies.entries()) {
    const { document } = toDocument({
      bytes: Buffer.from(body),
      sha256: String(i).padStart(64, '0'),
      locator: 'r.txt',
    });
    const { text, paragraphs, sentences } = document;
    for (const p of paragraphs)
      assert.ok(!text.slice(p.start, p.end).includes('\n'), `body ${i}: a line break left`);
    assert.equal(
      paragraphs.length,
      text.split('\n\n').length,
      `body ${i}: paragraphs are the blank-line blocks`,
    );
    for (const s of sentences) {
      assert.ok(
        paragraphs.some((p) => p.start <= s.start && s.end <= p.end),
        `body ${i}: sentence "${text.slice(s.start, s.end)}" crosses a paragraph`,
      );
    }
    for (const r of document.removed) assert.ok(r.at >= 0 && r.at <= text.length);
  }
});
