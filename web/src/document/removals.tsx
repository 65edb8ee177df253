import type { DocumentDetail } from '../api.ts';
import type { Marker } from '../components/annotated-text.tsx';
import { count } from '../format.ts';
import { removalReason } from './labels.ts';

type Removal = DocumentDetail['removed'][number];

/** A removal, placed in the text where its words stood. */
export interface RemovalMarker extends Marker {
  removal: Removal;
  number: number;
}

export function removalMarkers(removed: readonly Removal[]): RemovalMarker[] {
  return removed.map((removal, i) => ({ at: removal.at, id: `removal-${i + 1}`, removal, number: i + 1 }));
}

/** Opens a removal in the text and moves the focus to it. */
function reveal(id: string): void {
  const details = document.getElementById(id);
  if (!(details instanceof HTMLDetailsElement)) return;
  details.open = true;
  details.querySelector('summary')?.focus();
}

/** A removal in the running text: one line that opens to show the removed words, verbatim. */
export function RemovalInText({ marker }: { marker: RemovalMarker }) {
  const { removal } = marker;
  return (
    <details className="removal" id={marker.id}>
      <summary>
        Removed: {removalReason(removal.reason)}{' '}
        <span className="removal-size">({count(removal.text.length, 'character')})</span>
      </summary>
      <div className="removed-text" dir="auto">
        {removal.text}
      </div>
    </details>
  );
}

/** Everything cleaning took out, with its reason and position; each entry leads to its place in the text. */
export function RemovalsPanel({
  markers,
  onReveal,
}: {
  markers: readonly RemovalMarker[];
  onReveal: () => void;
}) {
  return (
    <section className="panel" aria-labelledby="removals-heading">
      <h2 id="removals-heading">Removed while cleaning</h2>
      {markers.length === 0 ? (
        <p className="hint">Nothing: the whole source text was kept.</p>
      ) : (
        <ol className="removals">
          {markers.map((marker) => (
            <li key={marker.id}>
              <a
                href={`#${marker.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onReveal();
                  // The marker may only now be in the page: wait for the render.
                  requestAnimationFrame(() => reveal(marker.id));
                }}
              >
                {removalReason(marker.removal.reason)}
              </a>{' '}
              <span className="removal-at">at character {marker.removal.at.toLocaleString('en')}</span>
              <span className="removal-excerpt" dir="auto">
                {marker.removal.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
