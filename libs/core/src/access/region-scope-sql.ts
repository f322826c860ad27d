// A region scope as a condition PostgreSQL can answer from an index. `region_code LIKE ANY($1::text[])` reads
// every row of the table (no index serves LIKE over an array), which at a national scale makes each province's
// figures cost as much as the whole country's (issue #15, bench:scale). One `LIKE 'prefix%'` per prefix, OR-ed, is
// a range scan of the region index each (a BitmapOr when there are several).
//
// The prefixes are inlined as literals so the planner sees them whatever the statement's other parameters: they
// come from regionPrefixes/regionPrefix (digits and one trailing %), and anything else is refused here, so no text
// of a request can reach the SQL.

const PREFIX = /^[0-9]{1,6}%$/;

/**
 * `column` restricted to `prefixes` (`['51%', '653125%']`): `TRUE` for `null` (unrestricted), `FALSE` for none.
 * `column` is the caller's SQL expression (a column name written in the repository, never input).
 */
export function regionScopeSql(column: string, prefixes: readonly string[] | null): string {
  if (prefixes === null) return 'TRUE';
  if (prefixes.length === 0) return 'FALSE';
  for (const p of prefixes) {
    if (!PREFIX.test(p)) throw new Error(`not a region prefix: ${JSON.stringify(p)}`);
  }
  const unique = [...new Set(prefixes)];
  return `(${unique.map((p) => `${column} LIKE '${p}'`).join(' OR ')})`;
}
