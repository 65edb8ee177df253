import pg from 'pg';

/** A PostgreSQL schema made for a benchmark run and dropped after it, with its job queue's schema. */

export const DATABASE_URL =
  process.env.ATTEST_BENCH_DATABASE_URL ||
  process.env.ATTEST_TEST_DATABASE_URL ||
  'postgres://postgres@127.0.0.1:5432/test';

export async function withSchema<T>(name: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  const drop = `drop schema if exists ${name} cascade; drop schema if exists ${name}_jobs cascade`;
  try {
    await admin.query(`${drop}; create schema ${name}`);
    const url = new URL(DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${name}`);
    return await work(url.toString());
  } finally {
    await admin.query(drop);
    await admin.end();
  }
}

/** The 50th and 95th percentiles of a list of milliseconds. */
export function percentiles(times: number[]): { p50: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

export function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const row of rows)
    process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')}\n`);
}
