export type Messages = Record<string, unknown>;

/**
 * Messages are kept in one file per part of the product, each holding its own top-level
 * keys, so that parts can be written side by side; merged here (for the server, index.ts;
 * for a group of pages' client components, app/_components/message-groups/). Two parts
 * claiming the same key would silently hide one another, so that is an error. Kept apart
 * from index.ts, which imports every file, so that the browser's code can use it without them.
 */
export function merge(parts: Messages[]): Messages {
  const merged: Messages = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`Message key "${key}" is defined in two message files`);
      merged[key] = value;
    }
  }
  return merged;
}
