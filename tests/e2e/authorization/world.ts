import { randomBytes, randomUUID } from "node:crypto";
import { serverActionId } from "../../bench/http/server-action";
import { nextTotpCode } from "../totp-codes";
import { get, postAction, signInOverHttp, sessionCookieOf, type Answer, type Cookie, type FormFields } from "./http";
import { FULL_DRAFT_FIELDS, type ActorName, type ObjectName } from "./matrix";

/**
 * Everything the matrix's cells run with: a session per actor, the objects (found in the demo
 * data, or made by the suite through the server actions a browser posts) and the values the
 * probes' placeholders name. Built once per run, over HTTP only: the test cannot open the
 * server's database (an embedded PGlite belongs to the server process).
 */

const DEMO_PASSWORD = "demo-password";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A small valid PDF: the server checks a document's content, not its name. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

export interface World {
  base: string;
  root: string;
  /** Each actor's Cookie header (null: no cookie). */
  sessions: Record<ActorName, Cookie>;
  /** Reads only: the BEPI manager oversees the Paris section's requests and receives France's, so sees every request object. */
  observer: string;
  /** Each object's placeholder values: `id`, and `country` for an authority. */
  objects: Record<ObjectName, Record<string, string>>;
  /** The suite's placeholder values (`{forged}`, `{today}`, people's and units' ids…). */
  values: Record<string, string>;
  /** The e-mail address of each actor's account, for the audit review. */
  emails: Partial<Record<ActorName, string>>;
}

/** The id of a server action in the build, for its matrix key `action app/…/file.ts#exportName`. */
export function actionIdOf(root: string, key: string): string {
  const [file, exported] = key.replace(/^action /, "").split("#") as [string, string];
  return serverActionId(root, file, exported);
}

/** Posts a server action as its form does; `pdf` adds a PDF under the field `file`. */
export function postForm(
  world: Pick<World, "base" | "root">,
  key: string,
  request: { path: string; cookie: Cookie; fields: FormFields; plain?: boolean; pdf?: string },
): Promise<Answer> {
  return postAction(world.base, {
    path: request.path,
    actionId: actionIdOf(world.root, key),
    cookie: request.cookie,
    fields: request.fields,
    files: request.pdf ? { file: { fileName: request.pdf, contentType: "application/pdf", bytes: PDF } } : undefined,
    withState: !request.plain,
  });
}

/** A request's current version, as its page's forms carry it: hidden inputs beside its id, and the props of its client forms. */
export function versionIn(html: string, requestId: string): number {
  const found = [
    ...html.matchAll(new RegExp(`name="requestId" value="${requestId}"/><input type="hidden" name="version" value="(\\d+)"`, "g")),
    ...html.matchAll(new RegExp(`\\\\"requestId\\\\":\\\\"${requestId}\\\\",\\\\"version\\\\":(\\d+)`, "g")),
  ].map((m) => Number(m[1]));
  const versions = [...new Set(found)];
  if (versions.length !== 1) throw new Error(`request ${requestId}: its page shows ${versions.length ? `versions ${versions.join(", ")}` : "no version"}`);
  return versions[0]!;
}

/** The ids of the `/prefix/<uuid>` links of a page, in order. */
export function linkedIds(html: string, prefix: string): string[] {
  return [...new Set([...html.matchAll(new RegExp(`${prefix}/(${UUID})`, "g"))].map((m) => m[1]!))];
}

/** The measures' ids a request page hands its client forms. */
export function measureIdsIn(html: string): string[] {
  return [...html.matchAll(new RegExp(`\\\\"measures\\\\":\\[\\{\\\\"id\\\\":\\\\"(${UUID})`, "g"))].map((m) => m[1]!);
}

/** The ids of the unread notifications a /notifications page offers to mark read. */
export function unreadNotificationIds(html: string): string[] {
  return [...html.matchAll(/name="id" value="(\d+)"/g)].map((m) => m[1]!);
}

export async function pageOf(base: string, path: string, cookie: string): Promise<string> {
  const answer = await get(base, path, cookie);
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}${answer.location ? ` → ${answer.location}` : ""}`);
  return answer.body;
}

/** Fails the setup with what the server answered. */
function mustSucceed(step: string, answer: Answer): Answer {
  const refused = answer.status >= 400 || answer.location?.startsWith("/login") || answer.location?.includes("error=") || answer.state?.ok === false;
  if (refused) {
    const state = answer.state ? ` ${JSON.stringify(answer.state)}` : "";
    throw new Error(`authorization matrix setup — ${step}: ${answer.status}${answer.location ? ` → ${answer.location}` : ""}${state}`);
  }
  return answer;
}

function idIn(location: string | null, prefix: string, step: string): string {
  const id = location && new RegExp(`^${prefix}/(${UUID})`).exec(location)?.[1];
  if (!id) throw new Error(`authorization matrix setup — ${step}: no ${prefix}/<id> redirect (${location})`);
  return id;
}

function userIdIn(usersPage: string, email: string): string {
  const id = new RegExp(`<td>${email.replace(/\./g, "\\.")}</td>[\\s\\S]*?name="userId" value="(${UUID})"`).exec(usersPage)?.[1];
  if (!id) throw new Error(`authorization matrix setup: no account ${email} on /admin/users`);
  return id;
}

async function signIn(base: string, email: string, withCode = false): Promise<string> {
  return signInOverHttp(base, email, DEMO_PASSWORD, withCode ? await nextTotpCode(email) : "");
}

/** Today in Paris, the magistrate's time zone (a transmission date may not be in the future). */
function todayInParis(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
}

export async function buildWorld(base: string, root: string): Promise<World> {
  const run = randomBytes(4).toString("hex");
  const at = { base, root };
  const page = (path: string, cookie: string) => pageOf(base, path, cookie);
  const act = async (step: string, key: string, request: { path: string; cookie: string; fields: FormFields; plain?: boolean; pdf?: string }) =>
    mustSucceed(step, await postForm(at, key, request));

  // A session that signed out: its token is ended on the server, then a new one is made.
  const ended = await signIn(base, "magistrate@demo.example");
  const signedOut = await postForm(at, "action app/_lib/sign-out-action.ts#signOutAction", { path: "/", cookie: ended, fields: {}, plain: true });
  if (!signedOut.location?.startsWith("/login")) throw new Error(`authorization matrix setup — signing out answered ${signedOut.status}`);

  const magistrate = await signIn(base, "magistrate@demo.example");
  const manager = await signIn(base, "manager@demo.example");
  const observer = await signIn(base, "manager.bepi@demo.example");
  const magistratePh = await signIn(base, "magistrate.ph@demo.example");
  const liaison = await signIn(base, "liaison.ph@demo.example", true);
  const admin = await signIn(base, "admin@demo.example", true);

  const usersPage = await page("/admin/users", admin);
  const parisUnitId = new RegExp(`<option value="(${UUID})">Parquet de Paris — section des mineurs \\(France\\)</option>`).exec(usersPage)?.[1];
  if (!parisUnitId) throw new Error("authorization matrix setup: no Paris minors' section among the units of /admin/users");
  const authorityId = linkedIds(await page("/admin/directory/PH", admin), "/admin/directory/PH/authorities")[0];
  if (!authorityId) throw new Error("authorization matrix setup: no authority on /admin/directory/PH");

  // A magistrate who set up their account and worked, then was disabled by the administrator.
  const disabledEmail = `authz.disabled.${run}@e2e.example`;
  const initialPassword = `initial-password-${run}`;
  await act("create the account to disable", "action app/(app)/admin/users/actions.ts#createUserAction", {
    path: "/admin/users",
    cookie: admin,
    fields: { email: disabledEmail, name: `Authorization Matrix ${run}`, role: "magistrate", unitId: parisUnitId, locale: "en", password: initialPassword },
  });
  const firstSession = await signInOverHttp(base, disabledEmail, initialPassword);
  const changed = await act("its own password", "action app/(app)/account/actions.ts#changePasswordAction", {
    path: "/account",
    cookie: firstSession,
    fields: { currentPassword: initialPassword, newPassword: `own-password-${run}`, confirmation: `own-password-${run}` },
  });
  const disabled = sessionCookieOf(changed.setCookies);
  if (!disabled) throw new Error("authorization matrix setup: no renewed session after the password change");
  await page("/requests", disabled);
  const disabledId = userIdIn(await page("/admin/users", admin), disabledEmail);
  await act("disable it", "action app/(app)/admin/users/actions.ts#setUserActiveAction", {
    path: "/admin/users",
    cookie: admin,
    fields: { userId: disabledId, active: "false" },
    plain: true,
  });

  // The suite's case and requests: a complete draft, and a request taken to transmission.
  const kase = await act("open a case", "action app/(app)/cases/new/actions.ts#createCaseAction", {
    path: "/cases/new",
    cookie: magistrate,
    fields: { reference: `AUTHZ-${run}`, title: `Authorization matrix ${run}`, offences: "Offences (authorization matrix).", hardDate: "", hardDateLabel: "" },
  });
  const ownCase = idIn(kase.location, "/cases", "open a case");
  const version = async (requestId: string) => versionIn(await page(`/requests/${requestId}`, magistrate), requestId);
  const newRequest = async (name: string, options: { measure: boolean }) => {
    const created = await act(`draft ${name}`, "action app/(app)/requests/new/actions.ts#createRequestAction", {
      path: "/requests/new",
      cookie: magistrate,
      fields: { caseId: ownCase, ...FULL_DRAFT_FIELDS },
    });
    const id = idIn(created.location, "/requests", `draft ${name}`);
    if (!options.measure) return id;
    await act(`a measure for ${name}`, "action app/(app)/requests/[id]/actions.ts#measureAction", {
      path: `/requests/${id}`,
      cookie: magistrate,
      fields: { requestId: id, version: String(await version(id)), intent: "add", type: "bank_records", description: `Bank records (${run}).`, justification: "Held there." },
    });
    return id;
  };
  const upload = async (requestId: string, visibility: "internal" | "shared", name: string): Promise<string> => {
    const before = linkedIds(await page(`/requests/${requestId}`, magistrate), "/api/documents");
    await act(`upload ${name}`, "action app/(app)/requests/[id]/document-actions.ts#uploadDocumentsAction", {
      path: `/requests/${requestId}`,
      cookie: magistrate,
      fields: { requestId, version: String(await version(requestId)), type: "annex", language: "en", visibility },
      pdf: name,
    });
    const added = linkedIds(await page(`/requests/${requestId}`, magistrate), "/api/documents").filter((id) => !before.includes(id));
    if (added.length !== 1) throw new Error(`authorization matrix setup — upload ${name}: ${added.length} new document links`);
    return added[0]!;
  };
  const move = async (requestId: string, transition: string, cookie: string, extra: FormFields = {}) =>
    act(`${transition} the request to transmit`, "action app/(app)/requests/[id]/actions.ts#transitionAction", {
      path: `/requests/${requestId}`,
      cookie,
      fields: { requestId, version: String(await version(requestId)), transition, ...extra },
    });

  const draft = await newRequest("the draft", { measure: false });
  const draftInternalDocument = await upload(draft, "internal", "draft-internal-annex.pdf");
  const sent = await newRequest("the request to transmit", { measure: true });
  const sentSharedDocument = await upload(sent, "shared", "shared-annex.pdf");
  const sentInternalDocument = await upload(sent, "internal", "internal-annex.pdf");
  await move(sent, "submit", magistrate);
  await move(sent, "validate", manager);
  const missing = [...new Set([...(await page(`/requests/${sent}`, manager)).matchAll(/name="itemKey" value="([^"]+)"/g)].map((m) => m[1]!))];
  for (const itemKey of missing) {
    await act(`waive ${itemKey}`, "action app/(app)/requests/[id]/actions.ts#checklistAction", {
      path: `/requests/${sent}`,
      cookie: manager,
      fields: { requestId: sent, version: String(await version(sent)), itemKey, reason: "Sent on paper (authorization matrix)." },
    });
  }
  await move(sent, "transmit", magistrate, { channel: "central_authority", transmittedOn: todayInParis() });
  await page(`/requests/${sent}`, liaison);

  // The demo's requests of another country and of another unit, and one of their measures.
  const toColombia = linkedIds(await page("/requests?country=CO", observer), "/requests")[0];
  const fromPhilippines = linkedIds(await page("/requests?country=FR", observer), "/requests")[0];
  if (!toColombia || !fromPhilippines) throw new Error("authorization matrix setup: the demo's Colombian or Philippine request is missing");
  const otherMeasureId = measureIdsIn(await page(`/requests/${toColombia}`, observer))[0];
  const otherCase = linkedIds(await page("/cases", magistratePh), "/cases")[0];
  const managerNotificationId = unreadNotificationIds(await page("/notifications", manager))[0];
  if (!otherMeasureId || !otherCase || !managerNotificationId) {
    throw new Error(`authorization matrix setup: measure ${otherMeasureId}, Philippine case ${otherCase}, manager's unread notification ${managerNotificationId}`);
  }

  const usersNow = await page("/admin/users", admin);
  const bepiId = userIdIn(usersNow, "manager.bepi@demo.example");
  return {
    base,
    root,
    sessions: { magistrate, manager, liaison, admin, anonymous: null, disabled, signedOut: ended },
    observer,
    objects: {
      draft: { id: draft },
      sent: { id: sent },
      toColombia: { id: toColombia },
      fromPhilippines: { id: fromPhilippines },
      forgedRequest: { id: randomUUID() },
      ownCase: { id: ownCase },
      otherCase: { id: otherCase },
      draftInternalDocument: { id: draftInternalDocument },
      sentSharedDocument: { id: sentSharedDocument },
      sentInternalDocument: { id: sentInternalDocument },
      forgedDocument: { id: randomUUID() },
      countryPH: { id: "PH" },
      countryZZ: { id: "ZZ" },
      authorityPH: { id: authorityId, country: "PH" },
      authorityUnderFR: { id: authorityId, country: "FR" },
      aManager: { id: bepiId },
      notAManager: { id: userIdIn(usersNow, "magistrate@demo.example") },
      headlineTable: { id: "headline" },
      unknownTable: { id: "no-such-table" },
    },
    values: {
      forged: randomUUID(),
      today: todayInParis(),
      tooLong: "x".repeat(1100),
      parisUnitId,
      authorityId,
      managerUserId: bepiId,
      outsideUserId: userIdIn(usersNow, "magistrate.ph@demo.example"),
      liaisonUserId: userIdIn(usersNow, "liaison.ph@demo.example"),
      otherCaseId: otherCase,
      otherMeasureId,
      managerNotificationId,
    },
    emails: {
      magistrate: "magistrate@demo.example",
      manager: "manager@demo.example",
      liaison: "liaison.ph@demo.example",
      admin: "admin@demo.example",
      disabled: disabledEmail,
    },
  };
}
