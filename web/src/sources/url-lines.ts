/** The http(s) addresses in what was typed, one a line, or the first line that is not one. */
export function parseUrlLines(typed: string): { urls: string[] } | { problem: string } {
  const urls: string[] = [];
  for (const [i, raw] of typed.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const ok = URL.canParse(line) && /^https?:$/.test(new URL(line).protocol);
    if (!ok) return { problem: `Line ${i + 1} is not an http or https address: ${line}` };
    urls.push(line);
  }
  return urls.length > 0 ? { urls } : { problem: 'Paste at least one address.' };
}
