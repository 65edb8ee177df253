import { stringify } from 'csv-stringify/sync';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Streams records in a format other tools read: JSON Lines (one record a line), CSV (RFC 4180 with a
 * header; nested values as JSON text) or one JSON array.
 */
export async function writeRecords(
  records: AsyncIterable<object>,
  format: ExportFormat,
  columns: string[],
  write: (chunk: string) => Promise<void>,
): Promise<number> {
  let count = 0;
  if (format === 'csv') await write(stringify([columns]));
  if (format === 'json') await write('[');
  for await (const record of records) {
    if (format === 'jsonl') await write(`${JSON.stringify(record)}\n`);
    else if (format === 'json') await write(`${count > 0 ? ',' : ''}\n${JSON.stringify(record)}`);
    else await write(stringify([columns.map((c) => csvCell((record as Record<string, unknown>)[c]))]));
    count += 1;
  }
  if (format === 'json') await write(count > 0 ? '\n]\n' : ']\n');
  return count;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
