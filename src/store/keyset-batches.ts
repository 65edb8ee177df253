/** Rows in key order, fetched `batchSize` at a time after the last key seen, so memory stays bounded. */
export async function* keysetBatches<Row>(
  batchSize: number,
  fetch: (after: string) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): AsyncIterable<Row> {
  for (let after = ''; ; ) {
    const rows = await fetch(after);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = keyOf(last);
  }
}
