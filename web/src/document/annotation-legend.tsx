import { Link } from 'wouter';
import type { DocumentAnnotations } from '../api.ts';
import { count } from '../format.ts';
import { paths } from '../routes.ts';
import { LAYERS, type Layer, speakerClass, speakersOf } from './annotation-ranges.ts';

const LAYER_LABELS: Record<Layer, string> = {
  statements: 'Statements',
  names: 'Names',
  dates: 'Dates',
  figures: 'Figures',
};

/** Which highlights are shown, and who each statement colour stands for. */
export function AnnotationLegend({
  found,
  shown,
  onToggle,
}: {
  found: DocumentAnnotations;
  shown: ReadonlySet<Layer>;
  onToggle: (layer: Layer, on: boolean) => void;
}) {
  const sizes: Record<Layer, number> = {
    statements: found.statements.length,
    names: found.mentions.length,
    dates: found.dates.length,
    figures: found.claims.length,
  };
  return (
    <section className="panel legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Marked in the text</h2>
      <ul className="layers">
        {LAYERS.map((layer) => (
          <li key={layer}>
            <label className={`toggle layer-${layer}`}>
              <input
                type="checkbox"
                checked={shown.has(layer)}
                onChange={(e) => onToggle(layer, e.target.checked)}
              />
              {LAYER_LABELS[layer]} ({sizes[layer]})
            </label>
          </li>
        ))}
      </ul>
      {found.statements.length > 0 && (
        <>
          <h3>Speakers</h3>
          <ul className="speakers">
            {speakersOf(found.statements).map((k) => (
              <li key={k.key}>
                <span className={`swatch range-${speakerClass(k.colour)}`} aria-hidden="true" />
                {k.entity ? (
                  <Link href={paths.entity(k.entity)}>
                    <bdi>{k.name}</bdi>
                  </Link>
                ) : (
                  <bdi>{k.name}</bdi>
                )}{' '}
                <span className="hint">{count(k.statements, 'statement')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
