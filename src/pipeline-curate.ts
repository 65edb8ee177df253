import { createHash } from 'node:crypto';
import type { Curation, CurationAction } from './model.ts';
import { resolveActors } from './pipeline-resolve.ts';
import type { Store } from './store/store.ts';

/**
 * People's corrections: each one a record of its own (who, when, why, what), applied on top of
 * extraction by the corpus-wide step, so it survives reprocessing; an undo marks it undone and keeps it.
 */

/** A curation, and the entities once it (or its undoing) is applied. */
export interface Curated {
  curation: Curation;
  entities: { entities: number; unapplied: string[] };
}

export interface Curator {
  /** Who makes the change: a user name or a token's owner. */
  by: string;
  reason?: string | null;
}

export async function curate(store: Store, action: CurationAction, curator: Curator): Promise<Curated> {
  const at = new Date().toISOString();
  const id = `c-${createHash('sha256')
    .update(JSON.stringify([curator.by, at, action]))
    .digest('hex')
    .slice(0, 12)}`;
  const curation: Curation = { id, by: curator.by, at, reason: curator.reason ?? null, action, undone: null };
  await store.addCuration(curation);
  return { curation, entities: await resolveActors(store) };
}

/** Undoes a curation (by default the last one still in force). */
export async function undoCuration(store: Store, curator: Curator, id?: string): Promise<Curated | null> {
  const all = await store.listCurations();
  const target = id ? all.find((c) => c.id === id) : all.filter((c) => c.undone === null).at(-1);
  if (!target || target.undone) return null;
  const at = new Date().toISOString();
  await store.markUndone(target.id, curator.by, at);
  return { curation: { ...target, undone: { by: curator.by, at } }, entities: await resolveActors(store) };
}
