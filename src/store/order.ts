/**
 * Orders two strings by UTF-16 code units, the same order in every locale and in Neo4j's ORDER BY
 * (for ids, which are ASCII), so that both stores page through lists identically.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
