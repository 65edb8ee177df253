import { CompiledQuery, type Kysely } from 'kysely';

/** Rows per statement: enough to amortise a statement, few enough that any engine takes its parameters. */
const ROWS_PER_STATEMENT = 100;

/** Something that compiles to SQL, such as a Kysely insert query. */
interface Compilable {
  compile(): CompiledQuery;
}

/**
 * Inserts many rows of one shape with SQL that Kysely compiles once per row count (in the engine's own
 * dialect) and that is then reused with new parameters: building and compiling a query row by row cost
 * more than running it. `build` receives placeholder rows whose values are all null; it must add no
 * parameters of its own (refer to `excluded` columns in an upsert, for instance), so the parameters are
 * exactly the rows' values, row by row, in `columns` order.
 */
export function rowInserter<Row extends object>(
  columns: ReadonlyArray<keyof Row & string>,
  // biome-ignore lint/suspicious/noExplicitAny: the builder works on whatever tables the caller's Kysely has.
  build: (db: Kysely<any>, rows: Row[]) => Compilable,
) {
  const sqlByCount = new Map<number, string>();
  const placeholder = Object.fromEntries(columns.map((column) => [column, null])) as Row;
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  return async (db: Kysely<any>, rows: readonly Row[]): Promise<void> => {
    for (let first = 0; first < rows.length; first += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(first, first + ROWS_PER_STATEMENT);
      let text = sqlByCount.get(chunk.length);
      if (text === undefined) {
        text = build(
          db,
          chunk.map(() => placeholder),
        ).compile().sql;
        sqlByCount.set(chunk.length, text);
      }
      const parameters = chunk.flatMap((row) => columns.map((column) => row[column]));
      await db.executeQuery(CompiledQuery.raw(text, parameters));
    }
  };
}
