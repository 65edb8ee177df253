/**
 * Mentions grouped into entities, scored on the project's own fixture corpus (eval/fixtures/entities):
 * fictional articles with transliteration variants, typos, acronyms, titles, possessives and look-alike
 * different people, and a hand-written gold file that maps each mention to its entity.
 *
 * Scores: B-cubed precision and recall of mentions grouped into entities (Cai and Strube's variant for
 * predicted mentions that differ from the gold ones: a mention missing on one side counts as a
 * singleton there), mention detection precision and recall by kind (exact spans), and the look-alike
 * pairs that must stay apart.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMentions } from '../src/extract/mentions/index.ts';
import type { Document, LocalEntity, Mention, MentionKind, RoleFact } from '../src/model.ts';
import { resolveEntities } from '../src/resolve/entities/index.ts';
import { toDocument } from '../src/text/document.ts';

const FIXTURES = new URL('fixtures/entities/', import.meta.url).pathname;
const TARGETS = { f1: 0.9, precision: 0.95 };

/** Each article's mentions in order: surface, entity, and 'title' for a mention in the headline. */
type GoldMention = [string, string] | [string, string, 'title'];

interface Gold {
  entities: Record<string, MentionKind>;
  apart: Array<[string, string]>;
  articles: Record<string, GoldMention[]>;
}

interface Scored {
  key: string;
  kind: MentionKind;
  entity: string;
  text: string;
}

const isWordCharacter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * Finds each gold surface in order, as a whole word, from the end of the previous one. The text stage
 * keeps a headline in the text when a dateline follows it; otherwise the headline's mentions are not
 * in the text and are not counted.
 */
function goldMentions(document: Document, listed: readonly GoldMention[], gold: Gold): Scored[] {
  const { id: documentId, text } = document;
  const found: Scored[] = [];
  let cursor = 0;
  const keepsHeadline = !document.removed.some((r) => r.reason === 'title');
  for (const [surface, entity, where] of listed) {
    if (where === 'title' && !keepsHeadline) continue;
    let at = text.indexOf(surface, cursor);
    while (at >= 0 && (isWordCharacter(text[at - 1]) || isWordCharacter(text[at + surface.length])))
      at = text.indexOf(surface, at + 1);
    if (at < 0)
      throw new Error(`gold mention "${surface}" not found in ${documentId} after offset ${cursor}`);
    found.push({
      key: `${documentId}:${at}-${at + surface.length}`,
      kind: gold.entities[entity] ?? 'other',
      entity,
      text: surface,
    });
    cursor = at + surface.length;
  }
  return found;
}

/** B-cubed over mentions: the average share of each mention's cluster that the other side agrees with. */
function bcubed(over: readonly Scored[], own: Map<string, string>, other: Map<string, string>): number {
  const members = (clusters: Map<string, string>) => {
    const byCluster = new Map<string, Set<string>>();
    for (const [key, cluster] of clusters)
      byCluster.set(cluster, (byCluster.get(cluster) ?? new Set()).add(key));
    return byCluster;
  };
  const ownMembers = members(own);
  const otherMembers = members(other);
  let sum = 0;
  for (const m of over) {
    const mine = ownMembers.get(own.get(m.key) ?? '') ?? new Set([m.key]);
    const cluster = other.get(m.key);
    const theirs = cluster === undefined ? new Set([m.key]) : (otherMembers.get(cluster) ?? new Set([m.key]));
    let shared = 0;
    for (const key of mine) if (theirs.has(key)) shared++;
    sum += shared / mine.size;
  }
  return over.length === 0 ? 1 : sum / over.length;
}

function ratio(a: number, b: number): string {
  return b === 0 ? '   -  ' : (a / b).toFixed(3).padStart(6);
}

function extractCorpus(gold: Gold) {
  const goldScored: Scored[] = [];
  const mentions: Mention[] = [];
  const locals: LocalEntity[] = [];
  const roles: RoleFact[] = [];
  for (const [file, listed] of Object.entries(gold.articles)) {
    const bytes = readFileSync(join(FIXTURES, 'articles', file));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const analyzed = toDocument({ bytes, sha256, locator: file });
    const found = extractMentions(analyzed);
    mentions.push(...found.mentions);
    locals.push(...found.locals);
    roles.push(...found.roles);
    goldScored.push(...goldMentions(analyzed.document, listed, gold));
  }
  return { goldScored, mentions, locals, roles };
}

export async function run(args: string[]): Promise<boolean> {
  const verbose = args.includes('--verbose');
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold.json'), 'utf8')) as Gold;
  const { goldScored, mentions, locals, roles } = extractCorpus(gold);
  const { assignments } = resolveEntities(locals, roles);
  const entityOf = new Map(assignments.map((a) => [`${a.documentId}:${a.chain}`, a.entityId]));
  const predicted: Scored[] = mentions.map((m) => ({
    key: `${m.documentId}:${m.span.start}-${m.span.end}`,
    kind: m.kind,
    entity: entityOf.get(`${m.documentId}:${m.chain}`) ?? '',
    text: m.text,
  }));
  const goldClusters = new Map(goldScored.map((m) => [m.key, m.entity]));
  const predictedClusters = new Map(predicted.map((m) => [m.key, m.entity]));
  const precision = bcubed(predicted, predictedClusters, goldClusters);
  const recall = bcubed(goldScored, goldClusters, predictedClusters);
  const f1 = (2 * precision * recall) / (precision + recall);

  const out: string[] = [];
  out.push(
    `${Object.keys(gold.articles).length} articles, ${goldScored.length} gold mentions, ${predicted.length} found`,
  );
  out.push(`B-cubed  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  out.push('mention detection (exact span and kind)');
  out.push('  kind           gold  found  precision  recall');
  const predictedByKey = new Map(predicted.map((m) => [m.key, m]));
  const goldByKey = new Map(goldScored.map((m) => [m.key, m]));
  for (const kind of ['person', 'organization', 'place', 'event', 'other'] as MentionKind[]) {
    const g = goldScored.filter((m) => m.kind === kind);
    const p = predicted.filter((m) => m.kind === kind);
    const hits = g.filter((m) => predictedByKey.get(m.key)?.kind === kind).length;
    out.push(
      `  ${kind.padEnd(13)} ${String(g.length).padStart(5)} ${String(p.length).padStart(6)}     ${ratio(hits, p.length)}  ${ratio(hits, g.length)}`,
    );
  }
  const spanHits = goldScored.filter((m) => predictedByKey.has(m.key)).length;
  out.push(
    `  any kind      ${String(goldScored.length).padStart(5)} ${String(predicted.length).padStart(6)}     ${ratio(spanHits, predicted.length)}  ${ratio(spanHits, goldScored.length)}`,
  );

  const merged = gold.apart.filter(([a, b]) =>
    goldScored.some(
      (x) =>
        x.entity === a &&
        goldScored.some(
          (y) => y.entity === b && predictedClusters.get(x.key) === predictedClusters.get(y.key),
        ),
    ),
  );
  out.push(
    `look-alike pairs merged: ${merged.length} of ${gold.apart.length}${merged.map(([a, b]) => ` (${a} + ${b})`).join('')}`,
  );
  if (verbose) out.push(...diagnostics(goldScored, predicted, goldByKey, predictedByKey));
  const met = f1 >= TARGETS.f1 && precision >= TARGETS.precision && merged.length === 0;
  out.push(
    `targets: B-cubed F1 >= ${TARGETS.f1}, precision >= ${TARGETS.precision}, no look-alike merged: ${met ? 'met' : 'NOT MET'}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return met;
}

/** Missed and extra mentions, and predicted entities holding more than one gold entity. */
function diagnostics(
  goldScored: readonly Scored[],
  predicted: readonly Scored[],
  goldByKey: Map<string, Scored>,
  predictedByKey: Map<string, Scored>,
): string[] {
  const lines = ['', 'missed:'];
  for (const m of goldScored) {
    const p = predictedByKey.get(m.key);
    if (!p || p.kind !== m.kind)
      lines.push(`  ${m.key} ${m.kind} "${m.text}"${p ? ` found as ${p.kind}` : ''}`);
  }
  lines.push('extra:');
  for (const m of predicted) if (!goldByKey.has(m.key)) lines.push(`  ${m.key} ${m.kind} "${m.text}"`);
  lines.push('entities mixing gold entities, and gold entities split:');
  const goldOf = new Map<string, Set<string>>();
  const predictedOf = new Map<string, Set<string>>();
  for (const m of goldScored) {
    const p = predictedByKey.get(m.key);
    if (!p) continue;
    goldOf.set(p.entity, (goldOf.get(p.entity) ?? new Set()).add(m.entity));
    predictedOf.set(m.entity, (predictedOf.get(m.entity) ?? new Set()).add(p.entity));
  }
  for (const [entity, golds] of goldOf)
    if (golds.size > 1) lines.push(`  mixed ${entity}: ${[...golds].join(', ')}`);
  for (const [entity, found] of predictedOf)
    if (found.size > 1) lines.push(`  split ${entity}: ${found.size} entities`);
  return lines;
}
