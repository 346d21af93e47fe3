/** A page's search parameters as Next.js hands them over: a name may repeat, or be absent. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The filters of a page, from its address: the first value of each name, "" when absent.
 * Repeated names (a hand-edited URL) are not an error; the verbs validate the values.
 */
export function firstValues<K extends string>(params: SearchParams, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = params[key];
      return [key, (Array.isArray(value) ? value[0] : value) ?? ""];
    }),
  ) as Record<K, string>;
}

/** The same for a route handler: the filters of a download, from its query string. */
export function queryValues<K extends string>(url: URL, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, url.searchParams.get(key) ?? ""])) as Record<K, string>;
}
