/**
 * Typed domain errors. The app layer maps each to an HTTP status and a translated
 * message (the `code` is a key under `errors.` in the message files); a verb never
 * returns an error as a string.
 */
export type FieldIssues = Record<string, string[]>;

export abstract class DomainError extends Error {
  abstract readonly status: 400 | 403 | 404 | 409 | 429;
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = new.target.name;
  }
}

/** Out of scope or absent: the same answer, so that existence is not revealed. */
export class NotFound extends DomainError {
  readonly status = 404;
  constructor(code = "notFound") {
    super(code);
  }
}

export class Forbidden extends DomainError {
  readonly status = 403;
  constructor(code = "forbidden") {
    super(code);
  }
}

export class Conflict extends DomainError {
  readonly status = 409;
  constructor(code = "conflict") {
    super(code);
  }
}

/** Too many of one kind of request within a while (lib/security/rate-limit.ts). */
export class TooManyRequests extends DomainError {
  readonly status = 429;
  constructor(code = "tooManyRequests") {
    super(code);
  }
}

/** Bad input. `fields` maps a field name to message keys under `errors.`. */
export class Invalid extends DomainError {
  readonly status = 400;
  constructor(
    code = "invalid",
    readonly fields: FieldIssues = {},
  ) {
    super(code);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
