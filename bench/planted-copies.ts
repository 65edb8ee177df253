/**
 * A corpus with planted copies: original Reuters bodies and edited copies of them, as syndication and
 * reposting make them. Each copy gets one to three edits: about 5% of its words changed, a sentence
 * dropped, a sentence from another story added, or its headline changed (the headline is not part of a
 * document's text, so that edit alone leaves the text as it was). Deterministic: a fixed seed.
 */

export interface DocumentPrint {
  title: string;
  body: string;
}

export interface PlantedCorpus {
  texts: string[];
  /** For each text, the index of the original it was made from (its own index for an original). */
  family: number[];
}

/** mulberry32: a small seeded generator, so every run plants the same copies. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

function changeWords(text: string, random: () => number, vocabulary: readonly string[]): string {
  const words = text.split(/(\s+)/);
  const wordSlots = words.map((w, i) => (/\S/.test(w) ? i : -1)).filter((i) => i >= 0);
  const changes = Math.max(1, Math.round(wordSlots.length * 0.05));
  for (let n = 0; n < changes; n++) {
    const slot = wordSlots[Math.floor(random() * wordSlots.length)] ?? 0;
    words[slot] = vocabulary[Math.floor(random() * vocabulary.length)] ?? 'the';
  }
  return words.join('');
}

function edit(
  original: string,
  random: () => number,
  others: readonly DocumentPrint[],
  vocabulary: readonly string[],
): string {
  let text = original;
  const edits = 1 + Math.floor(random() * 3);
  for (let n = 0; n < edits; n++) {
    const kind = Math.floor(random() * 4);
    if (kind === 0) text = changeWords(text, random, vocabulary);
    else if (kind === 1) {
      const parts = sentences(text);
      if (parts.length >= 4) parts.splice(1 + Math.floor(random() * (parts.length - 1)), 1);
      text = parts.join(' ');
    } else if (kind === 2) {
      const donor = sentences(others[Math.floor(random() * others.length)]?.body ?? '');
      text = `${text}\n\n${donor[Math.floor(random() * donor.length)] ?? ''}`;
    }
    // kind 3: a new headline, which the document text does not include.
  }
  return text;
}

export function plantCopies(stories: readonly DocumentPrint[], size: number): PlantedCorpus {
  const random = generator(20261129);
  const originals = stories.slice(0, Math.min(stories.length, Math.ceil(size / 2)));
  const vocabulary = originals
    .slice(0, 500)
    .flatMap((s) => s.body.split(/\s+/).filter((w) => /^[a-z]{3,}$/.test(w)));
  const entries = originals.map((s, i) => ({ text: s.body, original: i, planted: false }));
  for (let c = 0; entries.length < size; c++) {
    const original = c % originals.length;
    entries.push({
      text: edit(originals[original]?.body ?? '', random, stories, vocabulary),
      original,
      planted: true,
    });
  }
  // Shuffled, so that copies do not arrive right after their originals.
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const [a, b] = [entries[i], entries[j]];
    if (a && b) [entries[i], entries[j]] = [b, a];
  }
  const positionOfOriginal = new Map<number, number>();
  for (const [i, entry] of entries.entries()) if (!entry.planted) positionOfOriginal.set(entry.original, i);
  return {
    texts: entries.map((e) => e.text),
    family: entries.map((e, i) => positionOfOriginal.get(e.original) ?? i),
  };
}
