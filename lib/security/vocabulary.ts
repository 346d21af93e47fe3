/**
 * Security events (docs/product.md, "Security"): what the audit review shows besides the
 * trails of requests and of the general log. Each kind says who tried what, never case content.
 */
export const SECURITY_EVENT_KINDS = [
  /** A sign-in refused: unknown address, wrong password or code, disabled account. */
  "signInFailed",
  /** A page, form or download answered 404 or 403 to a signed-in person. */
  "accessRefused",
  /** A document's bytes no longer match the hash taken at upload. */
  "integrityFailure",
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

/** Why a sign-in failed, as recorded (the person is only ever told "invalid" or "disabled"). */
export const SIGN_IN_FAILURES = ["unknownAccount", "wrongPassword", "disabled", "wrongCode"] as const;
export type SignInFailureReason = (typeof SIGN_IN_FAILURES)[number];

/** Where a refusal was answered: a page, a form's server action, or a route handler (downloads, exports). */
export const REFUSAL_SURFACES = ["page", "action", "route"] as const;
export type RefusalSurface = (typeof REFUSAL_SURFACES)[number];
