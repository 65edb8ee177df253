import type { DocumentDetail } from '../api.ts';
import type { Marker } from '../components/annotated-text.tsx';
import { count } from '../format.ts';
import { removalReason } from './labels.ts';

type Removal = DocumentDetail['removed'][number];

/** What cleaning took out at one place in the text: one marker, however many removals stood there. */
export interface RemovalGroup extends Marker {
  removals: Removal[];
}

export function groupRemovals(removed: readonly Removal[]): RemovalGroup[] {
  const groups = new Map<number, RemovalGroup>();
  for (const removal of removed) {
    const group = groups.get(removal.at);
    if (group) group.removals.push(removal);
    else groups.set(removal.at, { at: removal.at, id: `removed-at-${removal.at}`, removals: [removal] });
  }
  return [...groups.values()];
}

/** `share and follow links ×2 · a repeated paragraph` */
function reasonsOf(removals: readonly Removal[]): string {
  const counts = new Map<string, number>();
  for (const { reason } of removals) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${removalReason(reason)}${n > 1 ? ` ×${n}` : ''}`).join(' · ');
}

/** Opens a removal in the text and moves the focus to it. */
function reveal(id: string): void {
  const details = document.getElementById(id);
  if (!(details instanceof HTMLDetailsElement)) return;
  details.open = true;
  details.querySelector('summary')?.focus();
}

/** Removals in the running text: one line that opens to show the removed words, verbatim. */
export function RemovalInText({ group }: { group: RemovalGroup }) {
  const characters = group.removals.reduce((sum, r) => sum + r.text.length, 0);
  const several = group.removals.length > 1;
  return (
    <details className="removal" id={group.id}>
      <summary>
        Removed: {reasonsOf(group.removals)}{' '}
        <span className="removal-size">({count(characters, 'character')})</span>
      </summary>
      {group.removals.map((removal, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a document's removals never change order
        <div key={i} className="removed-item">
          {several && <span className="removed-reason">{removalReason(removal.reason)}</span>}
          <div className="removed-text" dir="auto">
            {removal.text}
          </div>
        </div>
      ))}
    </details>
  );
}

/** Everything cleaning took out, with its reason and position; each entry leads to its place in the text. */
export function RemovalsPanel({
  groups,
  onReveal,
}: {
  groups: readonly RemovalGroup[];
  onReveal: () => void;
}) {
  const entries = groups.flatMap((group) => group.removals.map((removal) => ({ group, removal })));
  return (
    <section className="panel" aria-labelledby="removals-heading">
      <h2 id="removals-heading">Removed while cleaning</h2>
      {entries.length === 0 ? (
        <p className="hint">Nothing: the whole source text was kept.</p>
      ) : (
        <ol className="removals">
          {entries.map(({ group, removal }, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a document's removals never change order
            <li key={i}>
              <a
                href={`#${group.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onReveal();
                  // The marker may only now be in the page: wait for the render.
                  requestAnimationFrame(() => reveal(group.id));
                }}
              >
                {removalReason(removal.reason)}
              </a>{' '}
              <span className="removal-at">at character {removal.at.toLocaleString('en')}</span>
              <span className="removal-excerpt" dir="auto">
                {removal.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
