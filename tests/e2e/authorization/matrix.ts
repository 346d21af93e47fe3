/**
 * The authorization matrix (issue 15, item 1): every page, route handler and server action of
 * app/, for every actor and every scope, with the answer expected. Written out by hand from
 * the access rules (lib/access/policy.ts, request-access.ts, request-rules.ts,
 * lib/requests/transitions.ts, lib/documents/rules.ts, docs/product.md "Roles"), never
 * derived from them: a change to a rule must change this file too.
 *
 * tests/e2e/authorization-matrix.test.ts runs it over HTTP against the production build;
 * tests/unit/authorization-matrix.test.ts fails when app/ has an endpoint this file does not
 * list (or this file lists one that no longer exists).
 *
 * Probes are chosen so that an allowed actor is told "ok" only on the suite's own requests
 * ("draft", "sent"); on the demo's data, an allowed actor's probe is one the rules refuse
 * *after* the access check (a move from the wrong status, an id that belongs elsewhere), so
 * that it proves the access check passed without writing anything.
 */

/** Who acts: one account per role, and three who must be refused everything that needs a session. */
export const ACTORS = ["magistrate", "manager", "liaison", "admin", "anonymous", "disabled", "signedOut"] as const;
export type ActorName = (typeof ACTORS)[number];

/** The accounts behind the actors (db/seed/reference-data.ts); see the suite for how each session is made. */
export const ACTOR_DESCRIPTIONS: Record<ActorName, string> = {
  magistrate: "magistrate@demo.example — magistrate, Paris minors' section (FR)",
  manager: "manager@demo.example — manager, Paris minors' section (FR), no scope beyond it",
  liaison: "liaison.ph@demo.example — liaison officer, Philippines (second factor)",
  admin: "admin@demo.example — administrator (second factor)",
  anonymous: "no session cookie",
  disabled: "a magistrate of the Paris minors' section, set up and signed in, then disabled by the administrator",
  signedOut: "magistrate@demo.example's session after it signed out",
};

/**
 * The objects cells run against. The suite finds or makes each one (its `source`); the
 * scope is what the object is to each actor (SCOPES).
 */
export const OBJECTS = {
  draft: { source: "suite", about: "a Paris → Philippines request, still a draft (every field filled, no measure yet)" },
  sent: { source: "suite", about: "a Paris → Philippines request, transmitted, nobody in charge yet" },
  toColombia: { source: "demo", about: "the demo's Paris → Colombia request (executed)" },
  fromPhilippines: { source: "demo", about: "the demo's Philippine Office of Cybercrime → France request (in execution)" },
  forgedRequest: { source: "suite", about: "a random id that is no request" },
  ownCase: { source: "suite", about: "the Paris case of the suite's requests" },
  otherCase: { source: "demo", about: "the demo's Philippine case (Office of Cybercrime)" },
  draftInternalDocument: { source: "suite", about: "an internal annex of the draft" },
  sentSharedDocument: { source: "suite", about: "a shared annex of the transmitted request" },
  sentInternalDocument: { source: "suite", about: "an internal annex of the transmitted request" },
  forgedDocument: { source: "suite", about: "a random id that is no document" },
  countryPH: { source: "demo", about: "the directory's Philippines" },
  countryZZ: { source: "suite", about: "a country code the directory does not have" },
  authorityPH: { source: "demo", about: "a Philippine authority, under its country" },
  authorityUnderFR: { source: "demo", about: "the same Philippine authority, under France's address" },
  aManager: { source: "demo", about: "manager.bepi@demo.example's account (a manager)" },
  notAManager: { source: "demo", about: "magistrate@demo.example's account (not a manager)" },
  headlineTable: { source: "suite", about: "the dashboard's headline table" },
  unknownTable: { source: "suite", about: "a dashboard table that does not exist" },
} as const;
export type ObjectName = keyof typeof OBJECTS;

/** Objects whose meaning depends on who looks at them: each actor is tested on those SCOPES lists for it, labelled with its scope. */
const REQUEST_OBJECTS = ["draft", "sent", "toColombia", "fromPhilippines", "forgedRequest"] as const satisfies readonly ObjectName[];

const PARIS_SCOPES = {
  draft: "own unit, before transmission",
  sent: "own unit, after transmission",
  fromPhilippines: "other unit, other country",
  forgedRequest: "forged id",
} as const;

/**
 * What each request object is to each actor. The Paris actors are not run on the Colombian
 * request: it is their own unit's, like "sent", and an allowed write there would change the
 * demo's data; it is the liaison officer's "other country".
 */
export const SCOPES: Record<ActorName, Partial<Record<ObjectName, string>>> = {
  magistrate: PARIS_SCOPES,
  manager: PARIS_SCOPES,
  liaison: {
    draft: "own country, before transmission",
    sent: "own country, after transmission",
    toColombia: "other country, after transmission",
    fromPhilippines: "own unit's request (the requesting side), other country",
    forgedRequest: "forged id",
  },
  admin: { draft: "before transmission", sent: "after transmission", fromPhilippines: "another country's request", forgedRequest: "forged id" },
  // Without a usable session, nothing depends on the object: two of them are enough.
  anonymous: { draft: "before transmission", sent: "after transmission" },
  disabled: { draft: PARIS_SCOPES.draft, sent: PARIS_SCOPES.sent },
  signedOut: { draft: PARIS_SCOPES.draft, sent: PARIS_SCOPES.sent },
};

/** Whether `actor` is tested on `object`, and the scope the report names. */
export function scopeOf(actor: ActorName, object: ObjectName): string | null {
  if (!(REQUEST_OBJECTS as readonly ObjectName[]).includes(object)) return OBJECTS[object].about;
  return SCOPES[actor][object] ?? null;
}

/**
 * What a cell expects.
 * - Pages and routes: "ok" (200), "notFound" (404), "forbidden" (403), "unauthenticated"
 *   (401), "badRequest" (400), "login" (a redirect to /login), "redirect:<path>".
 * - Server actions: "ok" (done, or a redirect to the page that shows it), "ignored" (answered
 *   as done, and nothing changed: a forged id the verb skips), "login",
 *   "refused:<code>" — the state or redirect carries the message key `<code>` (translated,
 *   checked by the suite) and nothing was written; "refused:invalid[field:code]" also names a
 *   field's message.
 */
export type Outcome =
  | "ok"
  | "ignored"
  | "login"
  | "notFound"
  | "forbidden"
  | "unauthenticated"
  | "badRequest"
  | `redirect:${string}`
  | `refused:${string}`;

/** Per actor: one outcome for every object, or one per object (exactly the objects the actor is tested on). */
export type Expectations = Record<ActorName, Outcome | Partial<Record<ObjectName, Outcome>>>;

export interface Probe {
  /** Names the probe when an endpoint has several (an action's intents, a route's paths). */
  name?: string;
  /**
   * Pages and routes: the URL. Server actions: the page whose form posts it. Placeholders:
   * `{id}` and `{country}` of the object, and the suite's values (see the suite's `values`).
   */
  path: string;
  /** The objects the probe runs against; none for an endpoint that takes none. */
  objects?: readonly ObjectName[];
  /** Server actions: the form's fields (placeholders as in `path`, `{version}` the object's current version). */
  fields?: Record<string, string | readonly string[]>;
  /** Server actions: a file field, holding a small valid PDF. */
  pdfField?: string;
  expect: Expectations;
}

export interface Target {
  /** As tests/e2e/authorization/inventory.ts names it. */
  key: string;
  /** An allowed call changes something (run one at a time, after every other cell, and only on the suite's objects). */
  writes?: boolean;
  /** Server actions: `useActionState` forms send (state, form); plain `<form action>` only the form. */
  form?: "state" | "plain";
  probes: readonly Probe[];
}

// ——— Shorthands for the actors without a usable session ———

/** Pages and actions: no cookie → the proxy sends to /login; a disabled or ended session → the page or action does. */
const NO_SESSION = { anonymous: "login", disabled: "login", signedOut: "login" } as const;
/** Routes: the proxy sends a visitor without a cookie to /login; a refused token is a 401 (lib/auth via signedInRoute). */
const NO_SESSION_ROUTE = { anonymous: "login", disabled: "unauthenticated", signedOut: "unauthenticated" } as const;
/** Public endpoints: everyone is answered the same. */
const everyone = (outcome: Outcome): Expectations => ({
  magistrate: outcome, manager: outcome, liaison: outcome, admin: outcome, anonymous: outcome, disabled: outcome, signedOut: outcome,
});

/** Only administrators (policy: users.manage, reference.manage, directory.manage, outbox.view, retention.manage). */
const adminPage = (key: string, path: string): Target => ({
  key,
  probes: [{ path, expect: { magistrate: "forbidden", manager: "forbidden", liaison: "forbidden", admin: "ok", ...NO_SESSION } }],
});

/**
 * An administrator's form posted empty (or with a forged id): the administrator passes the
 * access check and is refused by the input (`adminOutcome`); everyone else is refused first.
 * A row's button (`plain`) answers by redirecting back with ?error=<code>: the same outcome.
 */
const adminAction = (key: string, path: string, fields: Record<string, string>, adminOutcome: Outcome, form: "state" | "plain" = "state"): Target => ({
  key,
  writes: true,
  form,
  probes: [
    {
      path,
      fields,
      expect: {
        magistrate: "refused:forbidden", manager: "refused:forbidden", liaison: "refused:forbidden", admin: adminOutcome, ...NO_SESSION,
      },
    },
  ],
});

/** The request objects of the request actions' probes. */
const REQUEST_PROBE_OBJECTS = ["draft", "sent", "toColombia", "fromPhilippines"] as const satisfies readonly ObjectName[];

/**
 * A request action's expectations. The Philippine → France request is outside every actor's
 * scope here (404), the Colombian one outside the liaison officer's; a disabled or ended
 * session is sent to sign in. `draft` and `sent` differ by probe.
 */
function onRequests(cells: {
  magistrate: { draft: Outcome; sent: Outcome };
  manager: { draft: Outcome; sent: Outcome };
  liaison: { draft: Outcome; sent: Outcome };
}): Expectations {
  const paris = (c: { draft: Outcome; sent: Outcome }) => ({ ...c, fromPhilippines: "refused:notFound" as const });
  return {
    magistrate: paris(cells.magistrate),
    manager: paris(cells.manager),
    liaison: { ...cells.liaison, toColombia: "refused:notFound", fromPhilippines: "refused:notFound" },
    admin: "refused:notFound",
    ...NO_SESSION,
  };
}

const REQUEST_PAGE = "/requests/{id}";
const V = { requestId: "{id}", version: "{version}" } as const;
/** Every field of a complete draft (lib/requests/schemas.ts, the draftComplete guard), to the Philippines. */
export const FULL_DRAFT_FIELDS = {
  requestedCountryCode: "PH",
  requestedAuthority: "Department of Justice — Office of Cybercrime",
  legalBasis: "reciprocity",
  legalBasisDetail: "",
  channel: "central_authority",
  urgency: "normal",
  urgencyReasons: "",
  targetDate: "",
  confidential: "on",
  confidentialityReasons: "Ongoing investigation (authorization matrix).",
  summaryOfFacts: "Facts written by the authorization matrix suite.",
  offencesAndPenalties: "Offences and penalties written by the authorization matrix suite.",
  contactPoint: "Authorization matrix, Paris.",
} as const;

export const MATRIX: readonly Target[] = [
  // ——— Pages ———
  {
    key: "page /",
    probes: [{ path: "/", expect: { magistrate: "ok", manager: "ok", liaison: "ok", admin: "ok", ...NO_SESSION } }],
  },
  {
    // Where an account finishes its setup: any valid session, setup pending or not.
    key: "page /account",
    probes: [{ path: "/account", expect: { magistrate: "ok", manager: "ok", liaison: "ok", admin: "ok", ...NO_SESSION } }],
  },
  adminPage("page /admin/checklist", "/admin/checklist"),
  adminPage("page /admin/deadlines", "/admin/deadlines"),
  adminPage("page /admin/directory", "/admin/directory"),
  {
    key: "page /admin/directory/[code]",
    probes: [
      {
        path: "/admin/directory/{id}",
        objects: ["countryPH", "countryZZ"],
        expect: {
          magistrate: "forbidden", manager: "forbidden", liaison: "forbidden",
          admin: { countryPH: "ok", countryZZ: "notFound" },
          ...NO_SESSION,
        },
      },
    ],
  },
  {
    key: "page /admin/directory/[code]/authorities/[id]",
    probes: [
      {
        path: "/admin/directory/{country}/authorities/{id}",
        objects: ["authorityPH", "authorityUnderFR"],
        expect: {
          magistrate: "forbidden", manager: "forbidden", liaison: "forbidden",
          admin: { authorityPH: "ok", authorityUnderFR: "notFound" },
          ...NO_SESSION,
        },
      },
    ],
  },
  adminPage("page /admin/outbox", "/admin/outbox"),
  adminPage("page /admin/retention", "/admin/retention"),
  adminPage("page /admin/settings", "/admin/settings"),
  adminPage("page /admin/units", "/admin/units"),
  adminPage("page /admin/users", "/admin/users"),
  {
    key: "page /admin/users/[id]/scope",
    probes: [
      {
        path: "/admin/users/{id}/scope",
        objects: ["aManager", "notAManager"],
        expect: {
          magistrate: "forbidden", manager: "forbidden", liaison: "forbidden",
          admin: { aManager: "ok", notAManager: "notFound" },
          ...NO_SESSION,
        },
      },
    ],
  },
  {
    // audit.review: managers (their scope) and administrators (everything, no content).
    key: "page /audit",
    probes: [{ path: "/audit", expect: { magistrate: "forbidden", manager: "ok", liaison: "forbidden", admin: "ok", ...NO_SESSION } }],
  },
  {
    // A measuring aid, off unless BENCH_FLOOR=1 (the e2e server does not set it): nobody finds it.
    key: "page /bench-floor",
    probes: [{ path: "/bench-floor", expect: { magistrate: "notFound", manager: "notFound", liaison: "notFound", admin: "notFound", ...NO_SESSION } }],
  },
  {
    key: "page /cases",
    probes: [{ path: "/cases", expect: { magistrate: "ok", manager: "ok", liaison: "forbidden", admin: "forbidden", ...NO_SESSION } }],
  },
  {
    key: "page /cases/[id]",
    probes: [
      {
        path: "/cases/{id}",
        objects: ["ownCase", "otherCase"],
        expect: {
          magistrate: { ownCase: "ok", otherCase: "notFound" },
          manager: { ownCase: "ok", otherCase: "notFound" },
          liaison: "forbidden",
          admin: "forbidden",
          ...NO_SESSION,
        },
      },
    ],
  },
  {
    key: "page /cases/new",
    probes: [{ path: "/cases/new", expect: { magistrate: "ok", manager: "forbidden", liaison: "forbidden", admin: "forbidden", ...NO_SESSION } }],
  },
  {
    key: "page /dashboard",
    probes: [{ path: "/dashboard", expect: { magistrate: "forbidden", manager: "ok", liaison: "forbidden", admin: "forbidden", ...NO_SESSION } }],
  },
  {
    // Public; a valid session is sent home.
    key: "page /login",
    probes: [
      {
        path: "/login",
        expect: { magistrate: "redirect:/", manager: "redirect:/", liaison: "redirect:/", admin: "redirect:/", anonymous: "ok", disabled: "ok", signedOut: "ok" },
      },
    ],
  },
  {
    key: "page /notifications",
    probes: [{ path: "/notifications", expect: { magistrate: "ok", manager: "ok", liaison: "ok", admin: "ok", ...NO_SESSION } }],
  },
  {
    key: "page /requests",
    probes: [{ path: "/requests", expect: { magistrate: "ok", manager: "ok", liaison: "ok", admin: "forbidden", ...NO_SESSION } }],
  },
  {
    key: "page /requests/[id]",
    probes: [
      {
        path: "/requests/{id}",
        objects: REQUEST_OBJECTS,
        expect: {
          magistrate: { draft: "ok", sent: "ok", fromPhilippines: "notFound", forgedRequest: "notFound" },
          manager: { draft: "ok", sent: "ok", fromPhilippines: "notFound", forgedRequest: "notFound" },
          liaison: { draft: "notFound", sent: "ok", toColombia: "notFound", fromPhilippines: "notFound", forgedRequest: "notFound" },
          admin: "notFound",
          ...NO_SESSION,
        },
      },
    ],
  },
  {
    key: "page /requests/[id]/edit",
    probes: [
      {
        path: "/requests/{id}/edit",
        objects: REQUEST_OBJECTS,
        expect: {
          // The drafter of a request that moved on reads it instead; anyone else in scope may not edit.
          magistrate: { draft: "ok", sent: "redirect:/requests/{id}", fromPhilippines: "notFound", forgedRequest: "notFound" },
          manager: { draft: "forbidden", sent: "forbidden", fromPhilippines: "notFound", forgedRequest: "notFound" },
          liaison: { draft: "notFound", sent: "forbidden", toColombia: "notFound", fromPhilippines: "notFound", forgedRequest: "notFound" },
          admin: "notFound",
          ...NO_SESSION,
        },
      },
    ],
  },
  {
    key: "page /requests/new",
    probes: [{ path: "/requests/new", expect: { magistrate: "ok", manager: "forbidden", liaison: "forbidden", admin: "forbidden", ...NO_SESSION } }],
  },

  // ——— Route handlers ———
  {
    // Auth.js itself: public. The session endpoint only echoes the token's identifiers.
    key: "GET /api/auth/[...nextauth]",
    probes: [{ path: "/api/auth/session", expect: everyone("ok") }],
  },
  {
    // A sign-out without Auth.js's CSRF token changes nothing: Auth.js sends it to its error page (/login).
    key: "POST /api/auth/[...nextauth]",
    probes: [{ path: "/api/auth/signout", expect: everyone("login") }],
  },
  {
    key: "GET /api/dashboard/[table]",
    probes: [
      {
        path: "/api/dashboard/{id}",
        objects: ["headlineTable", "unknownTable"],
        expect: {
          magistrate: "forbidden", manager: { headlineTable: "ok", unknownTable: "notFound" }, liaison: "forbidden", admin: "forbidden",
          ...NO_SESSION_ROUTE,
        },
      },
    ],
  },
  {
    // A download is recorded in the audit log: an allowed one is a write. A link a person follows: no session → sign in.
    key: "GET /api/documents/[id]",
    writes: true,
    probes: [
      {
        path: "/api/documents/{id}",
        objects: ["draftInternalDocument", "sentSharedDocument", "sentInternalDocument", "forgedDocument"],
        expect: {
          magistrate: { draftInternalDocument: "ok", sentSharedDocument: "ok", sentInternalDocument: "ok", forgedDocument: "notFound" },
          manager: { draftInternalDocument: "ok", sentSharedDocument: "ok", sentInternalDocument: "ok", forgedDocument: "notFound" },
          // The requested side sees what was shared, once transmitted; never the other side's internal documents.
          liaison: { draftInternalDocument: "notFound", sentSharedDocument: "ok", sentInternalDocument: "notFound", forgedDocument: "notFound" },
          admin: "notFound",
          anonymous: "login", disabled: "login", signedOut: "login",
        },
      },
    ],
  },
  {
    key: "GET /api/requests/[id]/letter",
    probes: [
      {
        path: "/api/requests/{id}/letter",
        objects: REQUEST_OBJECTS,
        expect: {
          magistrate: { draft: "ok", sent: "ok", fromPhilippines: "notFound", forgedRequest: "notFound" },
          manager: { draft: "ok", sent: "ok", fromPhilippines: "notFound", forgedRequest: "notFound" },
          liaison: { draft: "notFound", sent: "ok", toColombia: "notFound", fromPhilippines: "notFound", forgedRequest: "notFound" },
          admin: "notFound",
          anonymous: "login", disabled: "unauthenticated", signedOut: "unauthenticated",
        },
      },
    ],
  },
  {
    key: "GET /api/requests/export",
    probes: [{ path: "/api/requests/export", expect: { magistrate: "ok", manager: "ok", liaison: "ok", admin: "forbidden", ...NO_SESSION_ROUTE } }],
  },

  // ——— Server actions: the account (each acts on the signed-in account only; no id to forge) ———
  // Probes the verbs refuse on their input, so nothing is written and no password is tried.
  {
    key: "action app/(app)/account/actions.ts#changePasswordAction",
    writes: true,
    probes: [
      {
        path: "/account",
        fields: { currentPassword: "", newPassword: "short", confirmation: "other" },
        expect: { magistrate: "refused:invalid", manager: "refused:invalid", liaison: "refused:invalid", admin: "refused:invalid", ...NO_SESSION },
      },
    ],
  },
  {
    key: "action app/(app)/account/actions.ts#startEnrolmentAction",
    writes: true,
    probes: [
      {
        path: "/account",
        fields: { currentPassword: "{tooLong}" },
        expect: { magistrate: "refused:invalid", manager: "refused:invalid", liaison: "refused:invalid", admin: "refused:invalid", ...NO_SESSION },
      },
    ],
  },
  {
    key: "action app/(app)/account/actions.ts#confirmEnrolmentAction",
    writes: true,
    probes: [
      {
        path: "/account",
        fields: { code: "{tooLong}" },
        expect: { magistrate: "refused:invalid", manager: "refused:invalid", liaison: "refused:invalid", admin: "refused:invalid", ...NO_SESSION },
      },
    ],
  },
  {
    key: "action app/(app)/account/actions.ts#renewCodesAction",
    writes: true,
    probes: [
      {
        path: "/account",
        fields: { code: "{tooLong}" },
        expect: { magistrate: "refused:invalid", manager: "refused:invalid", liaison: "refused:invalid", admin: "refused:invalid", ...NO_SESSION },
      },
    ],
  },
  {
    key: "action app/(app)/account/actions.ts#disableSecondFactorAction",
    writes: true,
    probes: [
      {
        path: "/account",
        fields: { currentPassword: "{tooLong}", code: "" },
        expect: { magistrate: "refused:invalid", manager: "refused:invalid", liaison: "refused:invalid", admin: "refused:invalid", ...NO_SESSION },
      },
    ],
  },

  // ——— Server actions: administration ———
  adminAction("action app/(app)/admin/checklist/actions.ts#editChecklistRuleAction", "/admin/checklist", { key: "" }, "refused:invalid"),
  // A key that names no product target is not found (a legal limit's would be refused by name).
  adminAction("action app/(app)/admin/deadlines/actions.ts#changeDeadlineTargetAction", "/admin/deadlines", { key: "", days: "" }, "refused:notFound"),
  adminAction("action app/(app)/admin/directory/actions.ts#addCountryAction", "/admin/directory", { code: "" }, "refused:invalid"),
  adminAction("action app/(app)/admin/directory/actions.ts#updateCountryAction", "/admin/directory/PH", { code: "" }, "refused:invalid"),
  adminAction("action app/(app)/admin/directory/actions.ts#recordLegalBasisAction", "/admin/directory/PH", { countryCode: "" }, "refused:invalid"),
  adminAction(
    "action app/(app)/admin/directory/actions.ts#withdrawLegalBasisAction",
    "/admin/directory/PH",
    { legalBasisId: "{forged}", countryCode: "PH" },
    "refused:notFound",
    "plain",
  ),
  adminAction("action app/(app)/admin/directory/actions.ts#addAuthorityAction", "/admin/directory/PH", { countryCode: "PH", name: "" }, "refused:invalid"),
  adminAction(
    "action app/(app)/admin/directory/actions.ts#updateAuthorityAction",
    "/admin/directory/PH/authorities/{authorityId}",
    { countryCode: "PH", authorityId: "{forged}", name: "" },
    "refused:invalid",
  ),
  adminAction("action app/(app)/admin/retention/actions.ts#setRetentionPolicyAction", "/admin/retention", { months: "", reason: "" }, "refused:invalid"),
  adminAction("action app/(app)/admin/units/actions.ts#addUnitAction", "/admin/units", { code: "" }, "refused:invalid"),
  adminAction("action app/(app)/admin/units/actions.ts#updateUnitAction", "/admin/units", { unitId: "{forged}", name: "" }, "refused:invalid"),
  adminAction("action app/(app)/admin/units/actions.ts#closeUnitAction", "/admin/units", { unitId: "{forged}" }, "refused:notFound", "plain"),
  adminAction("action app/(app)/admin/units/actions.ts#reopenUnitAction", "/admin/units", { unitId: "{forged}" }, "refused:notFound", "plain"),
  adminAction(
    "action app/(app)/admin/users/[id]/scope/actions.ts#managerScopeAction",
    "/admin/users/{managerUserId}/scope",
    { userId: "{forged}" },
    "refused:notFound",
  ),
  adminAction(
    "action app/(app)/admin/users/actions.ts#changeUserRoleAction",
    "/admin/users",
    { userId: "{forged}", role: "magistrate", unitId: "{parisUnitId}" },
    "refused:notFound",
    "plain",
  ),
  adminAction("action app/(app)/admin/users/actions.ts#createUserAction", "/admin/users", { email: "" }, "refused:invalid"),
  adminAction("action app/(app)/admin/users/actions.ts#resetSecondFactorAction", "/admin/users", { userId: "{forged}", reason: "authorization matrix" }, "refused:notFound"),
  adminAction("action app/(app)/admin/users/actions.ts#setUserActiveAction", "/admin/users", { userId: "{forged}", active: "false" }, "refused:notFound", "plain"),
  {
    // audit.verify: managers (their scope) and administrators. It reads only.
    key: "action app/(app)/audit/actions.ts#verifyIntegrityAction",
    probes: [
      {
        path: "/audit",
        fields: {},
        expect: { magistrate: "refused:forbidden", manager: "ok", liaison: "refused:forbidden", admin: "ok", ...NO_SESSION },
      },
    ],
  },

  // ——— Server actions: cases, requests, notifications ———
  {
    key: "action app/(app)/cases/new/actions.ts#createCaseAction",
    writes: true,
    probes: [
      {
        path: "/cases/new",
        fields: { reference: "", title: "", offences: "" },
        expect: { magistrate: "refused:invalid", manager: "refused:forbidden", liaison: "refused:forbidden", admin: "refused:forbidden", ...NO_SESSION },
      },
    ],
  },
  {
    // Each actor's own preference only; the value is checked.
    key: "action app/(app)/notifications/actions.ts#deliveryAction",
    writes: true,
    probes: [
      {
        path: "/notifications",
        fields: { delivery: "carrier-pigeon" },
        expect: { magistrate: "refused:invalid", manager: "refused:invalid", liaison: "refused:invalid", admin: "refused:invalid", ...NO_SESSION },
      },
    ],
  },
  {
    // The manager's own unread notification: marked read by the manager; another actor's forged
    // id is ignored (the suite checks it stays unread until the manager's own call).
    key: "action app/(app)/notifications/actions.ts#markReadAction",
    writes: true,
    form: "plain",
    probes: [
      {
        path: "/notifications",
        fields: { id: "{managerNotificationId}" },
        expect: { magistrate: "ignored", manager: "ok", liaison: "ignored", admin: "ignored", ...NO_SESSION },
      },
    ],
  },
  {
    key: "action app/(app)/requests/new/actions.ts#createRequestAction",
    writes: true,
    probes: [
      {
        // Another unit's case: the magistrate may draft, but not in that case.
        name: "in another unit's case",
        path: "/requests/new",
        fields: { caseId: "{otherCaseId}", ...FULL_DRAFT_FIELDS },
        expect: {
          magistrate: "refused:invalid[caseId:invalidChoice]", manager: "refused:forbidden", liaison: "refused:forbidden", admin: "refused:forbidden",
          ...NO_SESSION,
        },
      },
    ],
  },
  {
    key: "action app/(app)/requests/[id]/edit/actions.ts#updateDraftAction",
    writes: true,
    probes: [
      {
        path: "/requests/{id}/edit",
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, ...FULL_DRAFT_FIELDS },
        expect: onRequests({
          magistrate: { draft: "ok", sent: "refused:notDraft" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
    ],
  },
  {
    key: "action app/(app)/requests/[id]/actions.ts#measureAction",
    writes: true,
    probes: [
      {
        name: "add",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "add", type: "bank_records", description: "Bank records (authorization matrix).", justification: "Held there." },
        expect: onRequests({
          magistrate: { draft: "ok", sent: "refused:notDraft" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
      {
        // The id of another request's measure: never reached through this request.
        name: "remove another request's measure",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "remove", measureId: "{otherMeasureId}" },
        expect: onRequests({
          magistrate: { draft: "refused:notFound", sent: "refused:notDraft" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
      {
        name: "report a result",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "report", measureId: "{otherMeasureId}", status: "in_progress", resultNote: "Result (authorization matrix)." },
        expect: onRequests({
          magistrate: { draft: "refused:forbidden", sent: "refused:forbidden" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          // Transmitted, not yet acknowledged: nothing is being executed.
          liaison: { draft: "refused:notFound", sent: "refused:notExecuting" },
        }),
      },
    ],
  },
  {
    key: "action app/(app)/requests/[id]/actions.ts#personAction",
    writes: true,
    probes: [
      {
        name: "add",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "add", role: "witness", identity: "W. (authorization matrix)", nationality: "", location: "" },
        expect: onRequests({
          magistrate: { draft: "ok", sent: "refused:notDraft" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
      {
        name: "remove a forged person",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "remove", personId: "{forged}" },
        expect: onRequests({
          magistrate: { draft: "refused:notFound", sent: "refused:notDraft" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
    ],
  },
  {
    // Every relation comments; the requested side only once transmitted.
    key: "action app/(app)/requests/[id]/actions.ts#commentAction",
    writes: true,
    probes: [
      {
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { requestId: "{id}", body: "Internal note (authorization matrix).", visibility: "internal" },
        expect: onRequests({
          magistrate: { draft: "ok", sent: "ok" },
          manager: { draft: "ok", sent: "ok" },
          liaison: { draft: "refused:notFound", sent: "ok" },
        }),
      },
    ],
  },
  {
    key: "action app/(app)/requests/[id]/actions.ts#supplementaryAction",
    writes: true,
    probes: [
      {
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { parentRequestId: "{id}" },
        expect: onRequests({
          magistrate: { draft: "refused:parentNotTransmitted", sent: "ok" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
    ],
  },
  {
    key: "action app/(app)/requests/[id]/actions.ts#clockAction",
    writes: true,
    probes: [
      {
        name: "renew the preservation",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "renewPreservation", text: "Renewal (authorization matrix)." },
        expect: onRequests({
          // Neither request asks for a preservation.
          magistrate: { draft: "refused:preservationNotRunning", sent: "refused:preservationNotRunning" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
      {
        name: "extend the recognition",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "extendRecognition", text: "Extension (authorization matrix)." },
        expect: onRequests({
          magistrate: { draft: "refused:forbidden", sent: "refused:forbidden" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          // Not a European Investigation Order.
          liaison: { draft: "refused:notFound", sent: "refused:recognitionNotOpen" },
        }),
      },
    ],
  },
  {
    key: "action app/(app)/requests/[id]/actions.ts#legalHoldAction",
    writes: true,
    probes: [
      {
        name: "lift a hold",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { requestId: "{id}", intent: "liftLegalHold", reason: "Authorization matrix." },
        expect: onRequests({
          magistrate: { draft: "refused:notOnLegalHold", sent: "refused:notOnLegalHold" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
    ],
  },
  {
    key: "action app/(app)/requests/[id]/actions.ts#checklistAction",
    writes: true,
    probes: [
      {
        name: "waive an item",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, itemKey: "no_such_item", reason: "Authorization matrix." },
        expect: onRequests({
          magistrate: { draft: "refused:forbidden", sent: "refused:forbidden" },
          manager: { draft: "refused:invalid[itemKey:checklistItemNotApplicable]", sent: "refused:checklistClosed" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
    ],
  },
  {
    key: "action app/(app)/requests/[id]/actions.ts#inChargeAction",
    writes: true,
    probes: [
      {
        // To a magistrate of another unit: the manager may assign, but not to someone outside the unit.
        name: "assign the owner",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "assignOwner", userId: "{outsideUserId}" },
        expect: onRequests({
          magistrate: { draft: "refused:forbidden", sent: "refused:forbidden" },
          manager: { draft: "refused:invalid[userId:assigneeOutOfScope]", sent: "refused:invalid[userId:assigneeOutOfScope]" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
      {
        name: "assign the handler",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "assignHandler", userId: "{liaisonUserId}" },
        expect: onRequests({
          magistrate: { draft: "refused:forbidden", sent: "refused:forbidden" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:forbidden" },
        }),
      },
      {
        name: "take",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, intent: "take" },
        expect: onRequests({
          magistrate: { draft: "refused:forbidden", sent: "refused:forbidden" },
          manager: { draft: "refused:forbidden", sent: "refused:forbidden" },
          liaison: { draft: "refused:notFound", sent: "ok" },
        }),
      },
    ],
  },
  {
    key: "action app/(app)/requests/[id]/document-actions.ts#uploadDocumentsAction",
    writes: true,
    probes: [
      {
        name: "an annex (the requesting side's)",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, type: "annex", language: "en", visibility: "internal" },
        pdfField: "file",
        expect: onRequests({
          magistrate: { draft: "ok", sent: "ok" },
          manager: { draft: "ok", sent: "ok" },
          liaison: { draft: "refused:notFound", sent: "refused:documentTypeForbidden" },
        }),
      },
      {
        name: "an acknowledgement (the requested side's)",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, type: "acknowledgement", language: "en" },
        pdfField: "file",
        expect: onRequests({
          magistrate: { draft: "refused:documentTypeForbidden", sent: "refused:documentTypeForbidden" },
          manager: { draft: "refused:documentTypeForbidden", sent: "refused:documentTypeForbidden" },
          liaison: { draft: "refused:notFound", sent: "ok" },
        }),
      },
    ],
  },
  {
    // Moves: the table's `by` (403), then its `from` (409). Listed last: the allowed moves change the suite's requests.
    key: "action app/(app)/requests/[id]/actions.ts#transitionAction",
    writes: true,
    probes: [
      {
        name: "transmit",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, transition: "transmit", channel: "central_authority", transmittedOn: "{today}" },
        expect: onRequests({
          magistrate: { draft: "refused:transitionNotAllowed", sent: "refused:transitionNotAllowed" },
          manager: { draft: "refused:transitionNotAllowed", sent: "refused:transitionNotAllowed" },
          liaison: { draft: "refused:notFound", sent: "refused:transitionForbidden" },
        }),
      },
      {
        // The drafter's move, refused by its guard: the draft asks for no measure yet. (Submitted, it
        // would wait in the Paris manager's queue, where other e2e files take the demo's.)
        name: "submit",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, transition: "submit" },
        expect: onRequests({
          magistrate: { draft: "refused:draftIncomplete[measures:atLeastOneMeasure]", sent: "refused:transitionNotAllowed" },
          manager: { draft: "refused:transitionForbidden", sent: "refused:transitionForbidden" },
          liaison: { draft: "refused:notFound", sent: "refused:transitionForbidden" },
        }),
      },
      {
        name: "acknowledge",
        path: REQUEST_PAGE,
        objects: REQUEST_PROBE_OBJECTS,
        fields: { ...V, transition: "acknowledge", foreignReference: "AUTHZ-MATRIX-1" },
        expect: onRequests({
          magistrate: { draft: "refused:transitionForbidden", sent: "refused:transitionForbidden" },
          manager: { draft: "refused:transitionForbidden", sent: "refused:transitionForbidden" },
          liaison: { draft: "refused:notFound", sent: "ok" },
        }),
      },
    ],
  },

  // ——— Server actions anyone may call ———
  {
    // Public: an unknown language is ignored (a known one is saved on a signed-in account).
    key: "action app/_lib/locale-action.ts#switchLocale",
    form: "plain",
    probes: [{ path: "/login", fields: { locale: "xx" }, expect: everyone("ok") }],
  },
  {
    // Public by nature: the credentials are the check. Blank ones are refused before any is tried.
    key: "action app/login/actions.ts#login",
    probes: [{ path: "/login", fields: { email: "", password: "" }, expect: everyone("refused:invalid") }],
  },
  {
    // Without single sign-on configured it does nothing, for anyone.
    key: "action app/login/actions.ts#loginWithSso",
    form: "plain",
    probes: [{ path: "/login", fields: {}, expect: everyone("ok") }],
  },
  {
    // Ends the session (every session of the account); run last. Without a cookie the proxy sends to /login first.
    key: "action app/_lib/sign-out-action.ts#signOutAction",
    writes: true,
    form: "plain",
    probes: [{ path: "/", fields: {}, expect: everyone("login") }],
  },
];
