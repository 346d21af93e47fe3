import type { z } from "zod";
import { Invalid, type FieldIssues } from "@/lib/errors";

/**
 * Parses a verb's input; on failure throws Invalid whose field issues are message keys
 * under `errors.` — the app layer translates them next to each field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // PostgreSQL cannot store a NUL character: refuse it here, by field, rather than as a database error.
  const nul = pathWithNul(input, []);
  if (nul) throw new Invalid("invalid", { [nul.join(".") || "_form"]: ["invalidCharacters"] });
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

function pathWithNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const found = pathWithNul(child, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
