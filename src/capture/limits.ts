/** How the limits a capture enforces are described to the user, in decimal megabytes and seconds. */

const MEGABYTE = 1_000_000;

/** A number with at most `digits` significant digits, without trailing zeros (`0.05`, `240`, `1.5`). */
function rounded(value: number, digits: number): string {
  if (value >= 10 ** digits) return String(Math.round(value));
  return String(Number(value.toPrecision(digits)));
}

/**
 * `240 MB > 50 MB limit`: as many digits as it takes to show the size above the limit, so a file just
 * over it never reads `50 MB > 50 MB`.
 */
export function tooLargeReason(size: number, limit: number): string {
  let digits = 2;
  while (digits < 9 && rounded(size / MEGABYTE, digits) === rounded(limit / MEGABYTE, digits)) digits += 1;
  return `too large: ${rounded(size / MEGABYTE, digits)} MB > ${rounded(limit / MEGABYTE, digits)} MB limit`;
}

/** For a stream whose full size is never known because reading stopped at the limit. */
export function overLimitReason(limit: number): string {
  return `too large: over the ${rounded(limit / MEGABYTE, 3)} MB limit`;
}

export function timeoutReason(timeoutMs: number): string {
  return `timeout: no response within ${rounded(timeoutMs / 1000, 3)} s`;
}
