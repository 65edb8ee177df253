import type { LocalEntity } from '../../model.ts';
import { chainKey } from './build.ts';
import { keysMeeting, resolutionKeys, storedKey } from './keys.ts';

/** Where the local entities of the corpus are found by key, document by document. */
export interface LocalsByKey {
  /** Documents with one of these keys (as stored: see `storedKey`). */
  documentsWithKeys(keys: readonly number[]): Promise<string[]>;
  localsOfDocuments(documentIds: readonly string[]): Promise<LocalEntity[]>;
}

/**
 * The local entities connected to the seeds through keys (see keys.ts), to closure: the part of the
 * corpus that resolving the seeds can change. Each round asks the index for the documents that have a
 * key the part has just met, so the work follows the size of the part, not of the corpus.
 */
export async function connectedLocals(
  seeds: {
    /** Documents all of whose local entities are seeds (new ones). */
    documents: readonly string[];
    /** Local entities that are seeds on their own (those of curated entities). */
    chains: ReadonlyArray<{ documentId: string; chain: number }>;
    /** Keys the seeds look up (the names of alias curations). */
    keys: readonly string[];
  },
  index: LocalsByKey,
): Promise<LocalEntity[]> {
  const found = new Map<string, LocalEntity>();
  /** Keys a local entity needs one of to be connected to what is found. */
  const met = new Set<string>();
  /** Local entities read but not connected yet, by each of their keys. */
  const waiting = new Map<string, LocalEntity[]>();
  const loaded = new Set<string>();
  let asked: string[] = [];
  const keysOf = new Map<string, string[]>();
  const keysOfLocal = (local: LocalEntity) => {
    const id = chainKey(local);
    const known = keysOf.get(id);
    if (known) return known;
    const keys = resolutionKeys(local);
    keysOf.set(id, keys);
    return keys;
  };

  const meet = (key: string) => {
    if (met.has(key)) return [];
    met.add(key);
    asked.push(key);
    const now = waiting.get(key) ?? [];
    waiting.delete(key);
    return now;
  };
  const take = (first: readonly LocalEntity[]) => {
    const stack = [...first];
    for (let local = stack.pop(); local; local = stack.pop()) {
      if (found.has(chainKey(local))) continue;
      found.set(chainKey(local), local);
      // One at a time: a common key can hold more local entities than a spread's arguments may.
      for (const key of keysOfLocal(local))
        for (const other of keysMeeting(key)) for (const next of meet(other)) stack.push(next);
    }
  };
  /** Reads documents not read yet: their local entities are taken if seeds or connected, else wait. */
  const read = async (documents: readonly string[], isSeed: (local: LocalEntity) => boolean) => {
    const fresh = [...new Set(documents)].filter((id) => !loaded.has(id));
    for (const id of fresh) loaded.add(id);
    if (fresh.length === 0) return;
    const connected: LocalEntity[] = [];
    for (const local of await index.localsOfDocuments(fresh)) {
      const keys = keysOfLocal(local);
      if (isSeed(local) || keys.some((key) => met.has(key))) connected.push(local);
      else
        for (const key of keys) {
          const list = waiting.get(key);
          if (list) list.push(local);
          else waiting.set(key, [local]);
        }
    }
    take(connected);
  };

  for (const key of seeds.keys) for (const other of keysMeeting(key)) meet(other);
  const seedDocuments = new Set(seeds.documents);
  const seedChains = new Set(seeds.chains.map(chainKey));
  await read(
    [...seeds.documents, ...seeds.chains.map((c) => c.documentId)],
    (local) => seedDocuments.has(local.documentId) || seedChains.has(chainKey(local)),
  );
  while (asked.length > 0) {
    const keys = asked;
    asked = [];
    await read(await index.documentsWithKeys(keys.map(storedKey)), () => false);
  }
  return [...found.values()];
}
