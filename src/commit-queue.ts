import type { WorkResult } from './pipeline-worker.ts';
import type { KnownSource, Store, StoreWrite } from './store/store.ts';

export type Outcome =
  | { status: 'added'; locator: string; documentId: string; title: string | null }
  | { status: 'known'; locator: string; documentId: string; title: string | null }
  /** Bytes stored before whose document an earlier version (or a text-only add) derived: derived again. */
  | { status: 'updated'; locator: string; documentId: string; title: string | null }
  | { status: 'failed'; locator: string; reason: string };

/** Results committed in one transaction at most; a transaction costs more than the rows in it. */
const GROUP_SIZE = 256;
/**
 * Results gathered before a transaction starts. SQLite writes every page a transaction touched once at
 * commit, and the same index pages are touched by every document: on the Reuters corpus, groups of 128
 * took half the SQLite time that groups of about 16 (what the workers hand back at a time) did.
 */
const GROUP_MIN = 128;
/** How long ready results wait for a group to fill, so that a slow trickle is still committed promptly. */
const GROUP_WAIT_MS = 50;
/** Results waiting to be committed before new work waits for room: bounds the memory they hold. */
const BACKLOG = 512;

interface Waiting {
  locator: string;
  result: WorkResult;
  done: (outcome: Outcome) => void;
}

/** What a result becomes: the write it needs (if any) and the outcome the user reads once it is committed. */
interface Planned {
  write: StoreWrite | null;
  outcome: Outcome;
}

/**
 * Commits work results to the store in input order, as many as are ready in one transaction. Input
 * order makes the first sighting of bytes seen twice the one the user gave first, whichever thread
 * finished first. A group that fails to commit is retried one result at a time, so one bad record fails
 * alone. `known` says what the case held before this run; it learns what the run adds.
 */
export function commitQueue(store: Store, known: Map<string, KnownSource>) {
  const waiting = new Map<number, Waiting>();
  let next = 0;
  /** How many results from `next` on are ready, in input order. */
  let ready = 0;
  let timer: NodeJS.Timeout | null = null;
  let draining = false;
  let roomMade: Array<() => void> = [];
  const makeRoom = () => {
    if (waiting.size >= BACKLOG) return;
    const resolved = roomMade;
    roomMade = [];
    for (const resolve of resolved) resolve();
  };
  const firstThisRun = new Map<string, { documentId: string; title: string | null }>();

  const plan = ({ locator, result }: Waiting): Planned => {
    if (result.status === 'failed') {
      return { write: null, outcome: { status: 'failed', locator, reason: result.reason } };
    }
    const earlier = firstThisRun.get(result.sha256);
    const before = known.get(result.sha256);
    const document =
      earlier ?? (before?.documentId ? { documentId: before.documentId, title: before.title } : null);
    if (result.status === 'known' || (earlier && result.sighting)) {
      // Bytes seen before: one more sighting of the document they already have.
      const outcome: Outcome = document
        ? { status: 'known', locator, ...document }
        : { status: 'failed', locator, reason: `internal error: no document for ${result.sha256}` };
      const write =
        document && result.sighting
          ? { kind: 'sighting' as const, sha256: result.sha256, sighting: result.sighting }
          : null;
      return { write, outcome };
    }
    const derived = result.document;
    firstThisRun.set(result.sha256, { documentId: derived.id, title: derived.title });
    return {
      write: {
        kind: 'document',
        source: { sha256: result.sha256, size: result.size, mediaType: result.mediaType },
        sighting: result.sighting,
        document: derived,
        annotations: result.annotations,
        signatures: result.signatures,
        entityKeys: result.entityKeys,
        // Adding: bytes another process derived meanwhile keep their document. Reprocessing: replace it.
        keepExisting: result.sighting !== null,
      },
      outcome: {
        status: before ? 'updated' : 'added',
        locator,
        documentId: derived.id,
        title: derived.title,
      },
    };
  };

  /** A document another process stored meanwhile is known, not added. */
  const settled = (planned: Planned, kept: ReadonlySet<string>): Outcome =>
    planned.write?.kind === 'document' &&
    kept.has(planned.write.source.sha256) &&
    planned.outcome.status !== 'failed'
      ? { ...planned.outcome, status: 'known' }
      : planned.outcome;

  const commitAlone = async (planned: Planned): Promise<Outcome> => {
    if (!planned.write) return planned.outcome;
    try {
      const { kept } = await store.saveBatch([planned.write]);
      return settled(planned, new Set(kept));
    } catch (error) {
      const reason = `not stored: ${error instanceof Error ? error.message : String(error)}`;
      return { status: 'failed', locator: planned.outcome.locator, reason };
    }
  };

  const commitGroup = async (group: Waiting[]): Promise<void> => {
    const planned = group.map(plan);
    const writes = planned.flatMap((p) => (p.write ? [p.write] : []));
    try {
      const kept = new Set((await store.saveBatch(writes)).kept);
      for (const [i, entry] of group.entries()) entry.done(settled(planned[i] as Planned, kept));
    } catch {
      for (const [i, entry] of group.entries()) entry.done(await commitAlone(planned[i] as Planned));
    }
  };

  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    try {
      while (waiting.has(next)) {
        const group: Waiting[] = [];
        for (let entry = waiting.get(next); entry && group.length < GROUP_SIZE; entry = waiting.get(next)) {
          group.push(entry);
          waiting.delete(next);
          next += 1;
          ready -= 1;
        }
        await commitGroup(group);
        makeRoom();
      }
    } finally {
      draining = false;
    }
  };

  const drainNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    void drain();
  };

  return {
    /**
     * Queues the result of input number `index`; resolves once it is committed (or has failed). Later
     * results wait for the earlier ones; a group is committed once enough are ready in order, or soon.
     */
    commit(index: number, locator: string, result: WorkResult): Promise<Outcome> {
      return new Promise<Outcome>((done) => {
        waiting.set(index, { locator, result, done });
        while (waiting.has(next + ready)) ready += 1;
        if (ready >= GROUP_MIN) drainNow();
        else if (ready > 0 && !timer) timer = setTimeout(drainNow, GROUP_WAIT_MS);
      });
    },

    /** Commits what is ready without waiting for a group to fill: no more results are coming. */
    flush: drainNow,

    /** Resolves when few enough results wait to be committed for more work to start. */
    room(): Promise<void> {
      if (waiting.size < BACKLOG) return Promise.resolve();
      return new Promise<void>((resolve) => roomMade.push(resolve));
    },
  };
}
