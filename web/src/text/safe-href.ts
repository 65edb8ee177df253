/**
 * The only links the page makes from data: paths on this server, and http(s) URLs. Anything else
 * (`javascript:`, `data:`, `vbscript:`, `file:`, a protocol-relative `//host`) stays text, never a link.
 * The check is made on the URL as the browser will parse it, so `java\tscript:` or a leading space
 * gains nothing.
 */
export function safeHref(value: string): string | null {
  // A path of our own: no second slash or backslash at its start (both mean another host), no blanks.
  if (/^\/(?![/\\])[^\s\\]*$/.test(value)) return value;
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
