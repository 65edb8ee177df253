/**
 * An input that cannot become a document, with the reason a user reads in the summary
 * (`not text: binary file (PNG image)`, `too large: 240 MB > 50 MB limit`, `HTTP 404`).
 * Anything else thrown is a bug and is reported as such.
 */
export class RejectedInput extends Error {
  override readonly name = 'RejectedInput';
}
