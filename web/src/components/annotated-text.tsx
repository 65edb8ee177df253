import { Fragment, type ReactNode, useMemo } from 'react';
import { safeHref } from '../text/safe-href.ts';
import { layoutText, type Marker, type Piece, type Span, type TextRange } from '../text/segments.ts';

export type { Marker, Span, TextRange };

interface AnnotatedTextProps<M extends Marker> {
  /** The document's clean text; every offset below counts its UTF-16 code units. */
  text: string;
  paragraphs: readonly Span[];
  ranges?: readonly TextRange[];
  markers?: readonly M[];
  /** Draws a marker: as a block between paragraphs, or inline inside one. */
  renderMarker?: (marker: M, placement: 'block' | 'inline') => ReactNode;
  /** The text's language, for fonts and hyphenation (`fa`, `en`). */
  lang?: string | undefined;
}

const NO_RANGES: readonly TextRange[] = [];
const NO_MARKERS: readonly never[] = [];

/** A kind becomes part of a class name: only letters, digits and hyphens. */
function kindClass(kind: string): string {
  return `range range-${kind.toLowerCase().replace(/[^a-z0-9-]/g, '')}`;
}

/** One piece: its words, inside a mark per range (outermost outside), the innermost safe link as a link. */
function renderPiece(text: string, piece: Piece): ReactNode {
  let node: ReactNode = text.slice(piece.start, piece.end);
  let linked = false;
  for (const range of [...piece.ranges].reverse()) {
    const href = range.href === undefined ? null : safeHref(range.href);
    const mark = (
      <mark
        className={kindClass(range.kind)}
        title={range.label}
        data-start={range.start}
        data-end={range.end}
      >
        {node}
      </mark>
    );
    node = href && !linked ? <a href={href}>{mark}</a> : mark;
    linked ||= href !== null;
  }
  return node;
}

/**
 * A document's text as paragraphs that each take their own direction (Persian right to left, English
 * left to right, mixed quotes and numbers by the Unicode bidirectional algorithm), with highlighted
 * ranges and markers. Everything is rendered as text: nothing from the document is ever markup.
 */
export function AnnotatedText<M extends Marker>({
  text,
  paragraphs,
  ranges = NO_RANGES,
  markers = NO_MARKERS,
  renderMarker = () => null,
  lang,
}: AnnotatedTextProps<M>) {
  const layout = useMemo(() => layoutText(paragraphs, ranges, markers), [paragraphs, ranges, markers]);
  const blocks = (list: readonly M[]) =>
    list.map((marker) => <Fragment key={marker.id}>{renderMarker(marker, 'block')}</Fragment>);
  return (
    <div className="annotated-text" lang={lang}>
      {layout.paragraphs.map((paragraph) => (
        <Fragment key={paragraph.start}>
          {blocks(paragraph.before)}
          <p dir="auto" data-start={paragraph.start} data-end={paragraph.end}>
            {paragraph.pieces.map((piece) => (
              <Fragment key={piece.start}>
                {renderPiece(text, piece)}
                {paragraph.inside
                  .filter((marker) => marker.at === piece.end)
                  .map((marker) => (
                    <Fragment key={marker.id}>{renderMarker(marker, 'inline')}</Fragment>
                  ))}
              </Fragment>
            ))}
          </p>
        </Fragment>
      ))}
      {blocks(layout.after)}
    </div>
  );
}
