/**
 * Statements scored on PolNeAR: content, source and cue spans, exact and with overlap, on all
 * attributions and on those whose cue is a verb of speech or writing, split by type (direct, mixed,
 * indirect); speaker accuracy on the statements matched by content; how well the statements'
 * confidence matches the share of them that is right. `--split train|dev` (default dev), `--rules` for
 * the rules alone, without the learned component.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cueLemmaOf, isSpeechLemma } from '../src/extract/quotes/cue-lexicon.ts';
import { extractQuotes, type QuoteOptions } from '../src/extract/quotes/index.ts';
import { decodeModels } from '../src/extract/quotes/learned/model-file.ts';
import type { Quote, Span } from '../src/model.ts';
import { calibrationOf, confidenceCases, printCalibration } from './confidence-calibration.ts';
import { analyzeArticle, loadPolnear, type PolnearArticle, type Split, splitTenth } from './polnear.ts';
import {
  type Attribution,
  type AttributionType,
  add,
  type Counts,
  match,
  normalizeSpans,
  overlaps,
  scores,
  typeOf,
} from './quote-scoring.ts';
import { measureSpeed } from './quotes-speed.ts';

const ROLES = ['content', 'source', 'cue'] as const;
type Role = (typeof ROLES)[number];
const TYPES: Array<AttributionType | 'all'> = ['all', 'direct', 'mixed', 'indirect'];
const SUBSETS = ['all', 'speech'] as const;
type Subset = (typeof SUBSETS)[number];

const TARGETS = {
  directMixedContentOverlapF1: 0.9,
  directMixedSpeakerAccuracy: 0.9,
  allContentExactF1: 0.65,
  allSourceExactF1: 0.75,
};

/** Whether a gold cue is a verb of speech or writing: any of its words is one, or it is "according to". */
function speechCue(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes('according to') || lower.includes('words of')) return true;
  return (lower.match(/[a-z’']+/g) ?? []).some((w) => {
    const lemma = cueLemmaOf(w);
    return lemma !== null && isSpeechLemma(lemma);
  });
}

function goldAttributions(article: PolnearArticle): Attribution[] {
  const { text } = article;
  return article.attributions.map((a) => {
    const content = normalizeSpans(text, a.content);
    return {
      content,
      source: normalizeSpans(text, a.source),
      cue: normalizeSpans(text, a.cue),
      type: typeOf(text, content),
      speech: speechCue(a.cue.map((c) => text.slice(c.start, c.end)).join(' ')),
    };
  });
}

/** Statements sharing a cue are one attribution: a quotation broken by "he said", or a block's paragraphs. */
export function predictedAttributions(text: string, quotes: readonly Quote[]): Attribution[] {
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) {
    // Scare quotes are no statements; relayed ones stand inside another statement's words, where
    // PolNeAR annotates nothing (no attribution of its train split lies inside another's content).
    if (quote.kind === 'scare' || quote.sieve === 'relayed') continue;

    const key = quote.cue ? `${quote.cue.span.start}-${quote.cue.span.end}` : `q${quote.span.start}`;
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  return [...groups.values()].map((group) => {
    const content = normalizeSpans(
      text,
      group.map((q) => q.span),
    );
    const speaker = group.find((q) => q.speaker?.span)?.speaker ?? group.find((q) => q.speaker)?.speaker;
    const cue = group[0]?.cue;
    return {
      content,
      source: speaker?.span ? normalizeSpans(text, [speaker.span]) : [],
      cue: cue ? normalizeSpans(text, [cue.span]) : [],
      type: typeOf(text, content),
      speech: cue ? isSpeechLemma(cue.lemma) : false,
      speaker: speaker?.span ?? speaker?.antecedent ?? null,
    };
  });
}

type Table = Record<Subset, Record<Role, Record<string, Record<'exact' | 'overlap', Counts>>>>;

function emptyTable(): Table {
  const counts = () => ({ tp: 0, fp: 0, fn: 0 });
  const byType = () => Object.fromEntries(TYPES.map((t) => [t, { exact: counts(), overlap: counts() }]));
  const byRole = () => Object.fromEntries(ROLES.map((r) => [r, byType()])) as Table[Subset];
  return { all: byRole(), speech: byRole() };
}

interface Accuracy {
  right: number;
  /** A speaker given that is not the gold one: worse than none. */
  wrong: number;
  total: number;
}

/** Adds one document's comparison to the table and the speaker tallies. */
function score(
  table: Table,
  speaker: Record<string, Accuracy>,
  predicted: Attribution[],
  gold: Attribution[],
) {
  for (const role of ROLES) {
    for (const mode of ['exact', 'overlap'] as const) {
      const matching = match(
        predicted.map((p) => p[role]),
        gold.map((g) => g[role]),
        mode === 'exact',
      );
      const matchedGold = new Set(matching.values());
      for (const subset of SUBSETS) {
        const inSubset = (a: Attribution) => subset === 'all' || a.speech;
        for (const type of TYPES) {
          const ofType = (a: Attribution) => type === 'all' || a.type === type;
          const counts = table[subset][role][type]?.[mode] as Counts;
          const tally: Counts = { tp: 0, fp: 0, fn: 0 };
          predicted.forEach((p, i) => {
            if (p[role].length === 0) return;
            const g = matching.get(i);
            const partner = g === undefined ? undefined : gold[g];
            if (partner) {
              if (inSubset(partner) && ofType(partner)) tally.tp++;
            } else if (inSubset(p) && ofType(p)) tally.fp++;
          });
          gold.forEach((g, j) => {
            if (g[role].length > 0 && !matchedGold.has(j) && inSubset(g) && ofType(g)) tally.fn++;
          });
          add(counts, tally);
        }
      }
    }
  }
  const byContent = match(
    predicted.map((p) => p.content),
    gold.map((g) => g.content),
    false,
  );
  for (const [p, g] of byContent) {
    const partner = gold[g];
    const guess = predicted[p];
    if (!partner || !guess || partner.source.length === 0) continue;
    const right = guess.speaker ? overlaps([guess.speaker], partner.source) : false;
    for (const key of new Set(['all', partner.type, partner.type === 'indirect' ? 'all' : 'direct+mixed'])) {
      const tally = speaker[key] ?? { right: 0, wrong: 0, total: 0 };
      tally.total++;
      if (right) tally.right++;
      else if (guess.speaker) tally.wrong++;
      speaker[key] = tally;
    }
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function printTable(table: Table): void {
  for (const subset of SUBSETS) {
    process.stdout.write(`\n${subset === 'all' ? 'All attributions' : 'Speech and writing cues'}\n`);
    process.stdout.write('role     type      exact P / R / F1        overlap P / R / F1      gold\n');
    for (const role of ROLES) {
      for (const type of TYPES) {
        const cell = table[subset][role][type];
        if (!cell) continue;
        const e = scores(cell.exact);
        const o = scores(cell.overlap);
        process.stdout.write(
          `${role.padEnd(8)} ${type.padEnd(9)} ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}` +
            `       ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}       ${cell.exact.tp + cell.exact.fn}\n`,
        );
      }
    }
  }
}

function directMixedOverlap(table: Table): number {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const type of ['direct', 'mixed']) add(total, table.all.content[type]?.overlap as Counts);
  return scores(total).f1;
}

function optionValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/**
 * `--split dev` (default), `train`, or `holdout` (a tenth of train, the last unless `--tenth N` says
 * which, for choosing settings with a model trained on the rest: `--model models/quotes-holdout.json.gz`);
 * `--rules` for the rules alone.
 */
function parseArgs(args: string[]): { split: Split | 'holdout'; tenth: number; options: QuoteOptions } {
  const split = (optionValue(args, '--split') ?? 'dev') as Split | 'holdout';
  if (!['train', 'dev', 'holdout'].includes(split)) throw new Error(`--split must be train, dev or holdout`);
  const options: QuoteOptions = { learned: !args.includes('--rules') };
  const model = optionValue(args, '--model');
  if (model) options.models = decodeModels(readFileSync(model));
  return { split, tenth: Number(optionValue(args, '--tenth') ?? 9), options };
}

function articlesOf(split: Split | 'holdout', tenth: number): PolnearArticle[] {
  if (split !== 'holdout') return loadPolnear(split);
  return splitTenth(loadPolnear('train'), tenth).held;
}

export async function run(args: string[]): Promise<boolean> {
  const { split, tenth, options } = parseArgs(args);
  const articles = articlesOf(split, tenth);
  const table = emptyTable();
  const speaker: Record<string, Accuracy> = {};
  let elapsed = 0;
  for (const article of articles) {
    const analyzed = analyzeArticle(article);
    const started = performance.now();
    const quotes = extractQuotes(analyzed, { mentions: [], roles: [], dates: [] }, options);
    elapsed += performance.now() - started;
    score(table, speaker, predictedAttributions(article.text, quotes), goldAttributions(article));
  }
  process.stdout.write(
    `PolNeAR ${split}: ${articles.length} articles, ${options.learned ? 'rules + learned' : 'rules alone'}, ` +
      `${(elapsed / articles.length).toFixed(2)} ms an article (${(articles.reduce((n, a) => n + a.text.length, 0) / articles.length / 1000).toFixed(1)} KB)\n`,
  );
  printTable(table);
  process.stdout.write(
    '\nSpeaker accuracy (predicted speaker overlaps the gold source, on statements matched by content)\n',
  );
  for (const [key, { right, wrong, total }] of Object.entries(speaker).sort()) {
    process.stdout.write(
      `  ${key.padEnd(13)} ${pct(total ? right / total : 0)}  (${right}/${total}; a wrong speaker for ` +
        `${wrong}, none for ${total - right - wrong})\n`,
    );
  }
  const dm = speaker['direct+mixed'] ?? { right: 0, wrong: 0, total: 0 };
  const figures = {
    directMixedContentOverlapF1: directMixedOverlap(table),
    directMixedSpeakerAccuracy: dm.total ? dm.right / dm.total : 0,
    allContentExactF1: scores(table.all.content.all?.exact as Counts).f1,
    allSourceExactF1: scores(table.all.source.all?.exact as Counts).f1,
  };
  process.stdout.write('\nTargets\n');
  let met = true;
  for (const [name, target] of Object.entries(TARGETS)) {
    const value = figures[name as keyof typeof figures];
    const ok = value >= target;
    if (!ok) met = false;
    process.stdout.write(
      `  ${name.padEnd(30)} ${pct(value)}  target ${pct(target)}  ${ok ? 'met' : 'MISSED'}\n`,
    );
  }
  process.stdout.write(
    '\nConfidence (statements found with names and dates, as `attest add` finds them; neither scare quotes\n' +
      'nor relayed words, which PolNeAR never annotates; right = inside an annotated content, with its source)\n',
  );
  printCalibration(calibrationOf([...confidenceCases(articles, options)]), (line) =>
    process.stdout.write(`${line}\n`),
  );
  if (!args.includes('--no-speed')) await measureSpeed(options);
  return met;
}

export type { Span };
