// Which ts_rank_cd normalisation orders real news most like SQLite's bm25? BBC News, 2,225 articles.
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite.ts';
import { openPostgres } from '../src/store/postgres/open-postgres.ts';
import { fictionalDocument } from '../test/helpers/records.ts';
import { schemaUrl } from '../test/helpers/engines.ts';

const root = '/work/shared/data/bbc-news/articles';
const articles: { title: string; text: string }[] = [];
for (const topic of readdirSync(root).filter((d) => !d.includes('.')))
  for (const f of readdirSync(join(root, topic)).sort()) {
    const raw = readFileSync(join(root, topic, f), 'latin1');
    const [title, ...rest] = raw.split('\n');
    articles.push({ title: title!.trim(), text: rest.join('\n').trim() });
  }
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
await admin.connect();
await admin.query('drop schema if exists rankfit cascade; create schema rankfit');
const sqlite = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'r-')), 'a.db'));
const { store: pgs } = await openPostgres(schemaUrl('rankfit'));
const seen = new Set<string>();
for (const a of articles) {
  const doc = fictionalDocument(a.text, { title: a.title });
  if (seen.has(doc.id)) continue; seen.add(doc.id);
  for (const s of [sqlite, pgs]) await s.saveDocument({ sha256: doc.sourceSha256, size: 1, mediaType: 'text/plain' }, null, doc);
}
// Queries: words at several document frequencies, pairs, and bigram phrases, chosen by a fixed stride.
const df = new Map<string, number>();
for (const a of articles) for (const w of new Set(a.text.toLowerCase().match(/[a-z]{4,}/g) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
const words = [...df].filter(([, n]) => n >= 5 && n <= 300).map(([w]) => w).sort();
const pick = (k: number) => Array.from({ length: k }, (_, i) => words[Math.floor((i * 7919) % words.length)]!);
const singles = pick(60);
const pairs = Array.from({ length: 30 }, (_, i) => `${words[(i * 104729) % words.length]} ${words[(i * 1299709 + 17) % words.length]}`);
const phrases: string[] = [];
for (let i = 0; phrases.length < 20; i += 97) {
  const m = articles[i % articles.length]!.text.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/);
  if (m) phrases.push(`"${m[0]}"`);
}
const queries = [...singles, ...pairs, ...phrases];
const db = (pgs as any);
const pool = new pg.Pool({ connectionString: schemaUrl('rankfit') });
const variants = [0, 1, 2, 4, 8, 16, 1 | 4, 2 | 4];
const score = Object.fromEntries(variants.map((v) => [v, { top1: 0, overlap10: 0, tau: 0, n: 0, sameSet: 0 }]));
for (const q of queries) {
  const a = (await sqlite.search(q, { limit: 10000, offset: 0 })).map((h) => h.id);
  if (a.length < 3) continue;
  const terms = q.startsWith('"') ? [q.slice(1, -1)] : q.split(' ');
  const tsq = terms.map((_, i) => `phraseto_tsquery('english', $${i + 1})`).join(' && ');
  for (const v of variants) {
    const { rows } = await pool.query(`select id from documents, (select ${tsq} as q) x where search_vector @@ q order by ts_rank_cd('{0,0.125,0.25,1}', search_vector, q, ${v}) desc, id`, terms);
    const b = rows.map((r: any) => r.id);
    const s = score[v]!;
    s.n++;
    if (new Set(a).size === new Set(b).size && a.every((x) => b.includes(x))) s.sameSet++; else if (v === 2) console.log('differs', q, a.length, b.length, a.filter((x) => !b.includes(x)).slice(0, 2), b.filter((x) => !a.includes(x)).slice(0, 2));
    if (a[0] === b[0]) s.top1++;
    const ta = new Set(a.slice(0, 10)); s.overlap10 += b.slice(0, 10).filter((x) => ta.has(x)).length / Math.min(10, a.length);
    // Kendall tau over documents both return
    const common = a.filter((x) => b.includes(x)); const pos = new Map(b.map((x, i) => [x, i]));
    let c = 0, d = 0;
    for (let i = 0; i < common.length; i++) for (let j = i + 1; j < common.length; j++) (pos.get(common[i]!)! < pos.get(common[j]!)! ? c++ : d++);
    s.tau += c + d ? (c - d) / (c + d) : 1;
  }
}
for (const v of variants) { const s = score[v]!; console.log(`norm ${v}: queries ${s.n} same hits ${s.sameSet} top1 ${(s.top1 / s.n).toFixed(2)} overlap@10 ${(s.overlap10 / s.n).toFixed(2)} tau ${(s.tau / s.n).toFixed(2)}`); }
await pool.end(); await sqlite.close(); await pgs.close();
await admin.query('drop schema rankfit cascade'); await admin.end();
