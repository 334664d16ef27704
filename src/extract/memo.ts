/**
 * Memoised pure functions of the extractor: the same names, roles and sentences come back mention after
 * mention and article after article, and their keys, ids and readings cost folds, regexes or a parser.
 */

/**
 * The function with its results kept per argument, for the lifetime of the returned function. With
 * `max`, the kept results are dropped all at once when there are that many, so that memory stays bounded
 * on any corpus. A result is shared by every caller: never change it.
 */
export function memoize<K, V>(compute: (key: K) => V, max = Infinity): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined) {
      if (results.size >= max) results.clear();
      result = compute(key);
      results.set(key, result);
    }
    return result;
  };
}
