import { CompiledQuery, type Kysely } from 'kysely';

/**
 * Rows per statement: enough to amortise a statement, few enough that any engine takes its parameters.
 * Chunks are powers of two (64, then 32, 16, ... for the rest), so a table has at most seven statement
 * shapes and every one stays prepared in the engine's statement cache.
 */
const ROWS_PER_STATEMENT = 64;

function chunkSize(remaining: number): number {
  let size = ROWS_PER_STATEMENT;
  while (size > remaining) size /= 2;
  return size;
}

/** Something that compiles to SQL, such as a Kysely insert query. */
interface Compilable {
  compile(): CompiledQuery;
}

/**
 * Inserts many rows of one shape with SQL that Kysely compiles once per row count (in the engine's own
 * dialect) and that is then reused with new parameters: building and compiling a query row by row cost
 * more than running it. The columns are the first row's keys, in order; every row must have the same
 * keys in the same order (rows made by one function do). `build` receives placeholder rows whose values
 * are all null and must add no parameters of its own (an upsert refers to `excluded` columns, say), so
 * the parameters are exactly the rows' values, row by row, in column order.
 */
export function rowInserter<Row extends object>(
  // biome-ignore lint/suspicious/noExplicitAny: the builder works on whatever tables the caller's Kysely has.
  build: (db: Kysely<any>, rows: Row[]) => Compilable,
) {
  const sqlByShape = new Map<string, string>();
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  return async (db: Kysely<any>, rows: readonly Row[]): Promise<void> => {
    const first = rows[0];
    if (!first) return;
    const columns = Object.keys(first) as Array<keyof Row & string>;
    const placeholder = Object.fromEntries(columns.map((column) => [column, null])) as Row;
    for (let at = 0; at < rows.length; ) {
      const chunk = rows.slice(at, at + chunkSize(rows.length - at));
      at += chunk.length;
      // The SQL differs by engine (placeholders, quoting): one process may hold stores of both.
      const shape = `${dialectOf(db)} ${chunk.length} ${columns.join(' ')}`;
      let text = sqlByShape.get(shape);
      if (text === undefined) {
        text = build(
          db,
          chunk.map(() => placeholder),
        ).compile().sql;
        sqlByShape.set(shape, text);
      }
      const parameters = chunk.flatMap((row) => columns.map((column) => row[column]));
      await db.executeQuery(CompiledQuery.raw(text, parameters));
    }
  };
}

// biome-ignore lint/suspicious/noExplicitAny: see above.
function dialectOf(db: Kysely<any>): string {
  return db.getExecutor().adapter.constructor.name;
}
