import type { DocumentDetail } from '../api.ts';
import { SourceLink } from '../components/source-link.tsx';
import { count, formatBytes, formatTimestamp } from '../format.ts';
import { paths } from '../routes.ts';

type Sighting = DocumentDetail['source']['sightings'][number];

function SightingItem({ sighting }: { sighting: Sighting }) {
  const headers = Object.entries(sighting.headers ?? {});
  return (
    <li className="sighting">
      <SourceLink locator={sighting.locator} />
      <span className="timestamp">{formatTimestamp(sighting.seenAt)}</span>
      {sighting.httpStatus !== undefined && (
        <span className="http">
          HTTP {sighting.httpStatus}
          {sighting.finalUrl && sighting.finalUrl !== sighting.locator && (
            <>
              {' '}
              after redirects to <SourceLink locator={sighting.finalUrl} />
            </>
          )}
        </span>
      )}
      {headers.length > 0 && (
        <details className="headers">
          <summary>Response headers ({headers.length})</summary>
          <dl>
            {headers.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}

/** Where the text came from: the preserved bytes, their hash, every sighting, and what derived the text. */
export function ProvenancePanel({ document: d }: { document: DocumentDetail }) {
  const { source } = d;
  return (
    <section className="panel" aria-labelledby="provenance-heading">
      <h2 id="provenance-heading">Provenance</h2>
      <dl className="facts">
        <dt>SHA-256</dt>
        <dd>
          <code className="hash">{source.sha256}</code>
        </dd>
        <dt>Size</dt>
        <dd>
          {formatBytes(source.size)}
          {source.size >= 1000 && ` (${source.size.toLocaleString('en')} bytes)`}
        </dd>
        <dt>Media type</dt>
        <dd>{source.mediaType}</dd>
        <dt>Read as</dt>
        <dd>
          {d.handler}, {d.encoding}
        </dd>
        <dt>Pipeline</dt>
        <dd>
          version {d.pipelineVersion}, {formatTimestamp(d.processedAt)}
        </dd>
      </dl>
      <p>
        <a className="button" href={paths.rawSource(d.id)} download>
          Download the raw source
        </a>
      </p>
      <p className="hint">Byte for byte as it was captured: its SHA-256 is the hash above.</p>
      <h3>Seen {count(source.sightings.length, 'time')}</h3>
      <ol className="sightings">
        {source.sightings.map((sighting, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sightings are only ever appended
          <SightingItem key={i} sighting={sighting} />
        ))}
      </ol>
    </section>
  );
}
