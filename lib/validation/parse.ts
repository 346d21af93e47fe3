import type { z } from "zod";
import { Invalid, type FieldIssues } from "@/lib/errors";

/**
 * Parses a verb's input; on failure throws Invalid whose field issues are message keys
 * under `errors.` — the app layer translates them next to each field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // PostgreSQL cannot store a NUL character, nor jsonb a lone UTF-16 surrogate: refuse them
  // here, by field, rather than as a database error.
  const unstorable = pathWithUnstorable(input, [], 0);
  if (unstorable) throw new Invalid("invalid", { [unstorable.join(".") || "_form"]: ["invalidCharacters"] });
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldIssues = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "_form";
    (fields[field] ??= []).push(issueKey(issue));
  }
  throw new Invalid("invalid", fields);
}

function issueKey(issue: z.core.$ZodIssue): string {
  // Refinements and explicit `{ error: "key" }` messages carry their own key.
  if (/^[a-z][a-zA-Z]+$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1 ? "required" : "tooShort";
    case "too_big":
      return "tooLong";
    case "invalid_format":
      return issue.format === "email" ? "invalidEmail" : "invalidFormat";
    case "invalid_value":
      return "invalidChoice";
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "required" : "invalidChoice";
    default:
      return "invalid";
  }
}

const UNSTORABLE = /[\u0000\p{Cs}]/u;
/** No verb's input nests deeper than a few levels: deeper is refused, not walked into a stack overflow. */
const MAX_DEPTH = 32;

function pathWithUnstorable(value: unknown, path: string[], depth: number): string[] | null {
  if (typeof value === "string") return UNSTORABLE.test(value) ? path : null;
  if (value && typeof value === "object") {
    if (depth >= MAX_DEPTH) return path;
    for (const [key, child] of Object.entries(value)) {
      const found = pathWithUnstorable(child, [...path, key], depth + 1);
      if (found) return found;
    }
  }
  return null;
}
