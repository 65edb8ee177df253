import { Readable } from 'node:stream';
import type { CaptureOptions } from '../../src/capture/capture.ts';

/** Capture options for tests: short timeouts, no private addresses, empty standard input. */
export function optionsIn(cwd: string, overrides: Partial<CaptureOptions> = {}): CaptureOptions {
  return {
    maxBytes: 50_000_000,
    allowPrivate: false,
    timeoutMs: 1000,
    maxRedirects: 5,
    userAgent: 'Attest/test',
    stdin: Readable.from([]),
    cwd,
    ...overrides,
  };
}
