import { isKeyValue, REQUEST_SORTS, sortKeyShapes, type RequestSort } from "./list-order";

/**
 * Where a page of the request list starts, as the address carries it (`after=` or `before=`):
 * the sort keys of the row at the page's edge, and how many rows come before that edge (only
 * to show "26–50"; the keys alone decide the rows). Opaque to the reader — base64url of a
 * small JSON — but not secret: a forged one can only point elsewhere in the same scope.
 */
export interface ListCursor {
  sort: RequestSort;
  keys: (string | null)[];
  position: number;
}

/** Longer than any cursor this list writes (three keys of at most 200 characters). */
export const MAX_CURSOR_LENGTH = 1_000;
const MAX_POSITION = 100_000_000;

export function encodeCursor({ sort, keys, position }: ListCursor): string {
  return Buffer.from(JSON.stringify({ s: sort, k: keys, n: position })).toString("base64url");
}

/** The cursor in `text`, or null when it is garbled, forged, or made for another sort than `sort`. */
export function decodeCursor(text: string, sort: RequestSort): ListCursor | null {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const { s, k, n } = value as Record<string, unknown>;
  if (s !== sort || !(REQUEST_SORTS as readonly unknown[]).includes(s)) return null;
  if (!Number.isSafeInteger(n) || (n as number) < 0 || (n as number) > MAX_POSITION) return null;
  const shapes = sortKeyShapes(sort);
  if (!Array.isArray(k) || k.length !== shapes.length) return null;
  const valid = shapes.every(({ kind, nullable }, i) => (k[i] === null ? nullable : isKeyValue(kind, k[i])));
  return valid ? { sort, keys: k as (string | null)[], position: n as number } : null;
}
