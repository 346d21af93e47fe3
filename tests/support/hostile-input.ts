import fc from "fast-check";
import { expect } from "vitest";
import { Invalid } from "@/lib/errors";
import { MESSAGES } from "@/lib/i18n/messages";

/**
 * Hostile input for the verbs' schemas (issue 15, "Property tests"): what a form, a URL or a
 * forged POST can carry. Shared by the schema checks (tests/unit) and the verbs run end to end
 * (tests/integration).
 */

/** Strings an attacker or a careless paste sends on purpose. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  "   ",
  "\u0000",
  "a\u0000b",
  "\u0000".repeat(64),
  "\u0001\u0002\u0003\u0007\b\u000b\f\u000e\u001b[31m\u007f",
  "line\r\nbreak\u2028\u2029",
  "\ud800",
  "\udfff\ud800",
  "\ufeff\u200b\u202e\u2066",
  "'; DROP TABLE requests; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(10)",
  "$$; COPY users TO PROGRAM 'id'; $$",
  "%_\\",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\"><svg onload=alert(1)>",
  "javascript:alert(1)",
  "{{7*7}}${7*7}#{7*7}",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  '{"__proto__":{"polluted":true}}',
  "NaN",
  "-1",
  "0",
  "1e309",
  "0x10",
  "9".repeat(400),
  "2026-02-30",
  "9999-99-99",
  "0000-00-00",
  "00000000-0000-0000-0000-000000000000",
  "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
  "on",
  "true",
  "null",
  "undefined",
  "😀👩‍👩‍👧‍👦",
  "Ωmega ﷽ ",
];

/** Keys that reach Object.prototype when an input is merged carelessly. */
export const PROTOTYPE_KEYS: readonly string[] = ["__proto__", "constructor", "prototype", "__defineGetter__", "hasOwnProperty", "toString", "valueOf"];

/** A string of `length` built from `seed` (repeating it): long inputs without generating each character. */
const long = (seed: string, length: number) => (seed || "x").repeat(Math.ceil(length / Math.max(1, seed.length))).slice(0, length);

/** Random and hostile strings: full Unicode, control characters, known payloads, very long. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string() },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 4 }), fc.constantFrom(199, 200, 201, 2_001, 20_001, 100_000, 1_000_000)).map(([seed, n]) => long(seed, n)),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "binary", maxLength: 10 })).map(([a, b]) => a + b) },
);

/** Anything a JSON body or a forged call could hold in a field: mostly strings, also other types. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, {}, []) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true }) },
);

/** Sets own, enumerable properties, "__proto__" included (as JSON.parse would, where a plain assignment would set the prototype). */
export function withOwnKeys(base: Record<string, unknown>, extra: [string, unknown][]): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of extra) Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

/** Which fields of an input to replace (by position among its keys) and with what, and which keys to add. */
export interface Mutation {
  replace: [position: number, value: unknown][];
  add: [key: string, value: unknown][];
}

export function mutation(values: fc.Arbitrary<unknown> = hostileValue): fc.Arbitrary<Mutation> {
  return fc.record({
    replace: fc.array(fc.tuple(fc.nat(), values), { minLength: 1, maxLength: 3 }),
    add: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })), values), { maxLength: 2 }),
  });
}

/** The valid input with the mutation's fields replaced and keys added. */
export function mutate(valid: Record<string, unknown>, { replace, add }: Mutation): Record<string, unknown> {
  const keys = Object.keys(valid);
  return withOwnKeys(valid, [...replace.map(([position, value]): [string, unknown] => [keys[position % keys.length]!, value]), ...add]);
}

/**
 * A valid input with one to three of its fields replaced by hostile values, and sometimes
 * extra keys (prototype keys among them): each run checks the schema past its first field.
 */
export function hostileVariant(valid: Record<string, unknown>, values: fc.Arbitrary<unknown> = hostileValue): fc.Arbitrary<Record<string, unknown>> {
  return mutation(values).map((m) => mutate(valid, m));
}

const ERROR_MESSAGES = (locale: "en" | "fr") => MESSAGES[locale].errors as Record<string, unknown>;

/**
 * What parsing may do with any input: give a value, or throw Invalid whose fields name
 * translated messages (`errors.<key>` in both languages) — never any other error, never a
 * NUL in what it gives (PostgreSQL cannot store one), never a polluted prototype.
 */
export function expectParsedOrInvalid(parse: () => unknown): "parsed" | "invalid" {
  let outcome: "parsed" | "invalid";
  try {
    const value = parse();
    expect(stringsIn(value).some((s) => s.includes("\u0000")), "a NUL character got through").toBe(false);
    if (value && typeof value === "object") expect(Object.hasOwn(value, "__proto__"), "an own __proto__ key got through").toBe(false);
    outcome = "parsed";
  } catch (error) {
    if (!(error instanceof Invalid)) throw new Error(`parsing threw ${describe(error)} instead of Invalid`, { cause: error });
    expect(error.code).toBe("invalid");
    for (const [field, keys] of Object.entries(error.fields)) {
      expect(keys.length, field).toBeGreaterThan(0);
      for (const key of keys) {
        expect(ERROR_MESSAGES("en")[key], `errors.${key} (en), for ${field}`).toBeTypeOf("string");
        expect(ERROR_MESSAGES("fr")[key], `errors.${key} (fr), for ${field}`).toBeTypeOf("string");
      }
    }
    outcome = "invalid";
  }
  expect(({} as Record<string, unknown>).polluted, "Object.prototype was polluted").toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  return outcome;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.constructor.name}: ${error.message.slice(0, 200)}` : String(error);
}

function stringsIn(value: unknown, depth = 0): string[] {
  if (typeof value === "string") return [value];
  if (!value || typeof value !== "object" || depth > 4) return [];
  return Object.values(value).flatMap((v) => stringsIn(v, depth + 1));
}
