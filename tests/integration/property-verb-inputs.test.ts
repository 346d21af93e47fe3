import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { countries } from "@/db/schema";
import { isCountryCode } from "@/lib/reference/country-codes";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditReview } from "@/lib/audit/review";
import { editChecklistRule } from "@/lib/checklists/admin";
import { checklistFor } from "@/lib/checklists/checklist-for";
import { waiveChecklistItem } from "@/lib/checklists/waive";
import type { Ctx } from "@/lib/context";
import { resolveDashboardFilters } from "@/lib/dashboard/filters";
import { restoreDeadlineTarget, setDeadlineTarget } from "@/lib/deadlines/targets";
import { uploadDocuments } from "@/lib/documents/upload";
import { Invalid, isDomainError } from "@/lib/errors";
import { markNotificationsRead } from "@/lib/notifications/inbox";
import { addAuthority, updateAuthority } from "@/lib/reference/manage-authority";
import { addCountry, updateCountry } from "@/lib/reference/manage-country";
import { recordLegalBasis, withdrawLegalBasis } from "@/lib/reference/manage-legal-basis";
import { assignHandler, assignOwner, takeRequest } from "@/lib/requests/assign";
import { extendRecognition, renewPreservation } from "@/lib/requests/clock-actions";
import { addComment } from "@/lib/requests/comment";
import { createCase } from "@/lib/requests/create-case";
import { createRequest } from "@/lib/requests/create-request";
import { addMeasure, addPerson, editMeasure, removeMeasure, removePerson } from "@/lib/requests/draft-parts";
import { latestChange } from "@/lib/requests/latest-change";
import { listRequests } from "@/lib/requests/list-requests";
import { reportMeasure } from "@/lib/requests/report-measure";
import { createSupplementaryRequest } from "@/lib/requests/supplementary";
import { transitionRequest } from "@/lib/requests/transition-request";
import { updateDraft } from "@/lib/requests/update-draft";
import { placeLegalHold, liftLegalHold } from "@/lib/retention/legal-hold";
import { setRetentionPolicy } from "@/lib/retention/policy";
import { addUnit } from "@/lib/units/add-unit";
import { closeUnit, reopenUnit } from "@/lib/units/close-unit";
import { updateUnit } from "@/lib/units/update-unit";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { setManagerScope } from "@/lib/users/manager-scope";
import { resetSecondFactor } from "@/lib/users/reset-second-factor";
import { setNotificationDelivery } from "@/lib/users/set-notification-delivery";
import { setOwnLocale } from "@/lib/users/set-own-locale";
import { setUserActive } from "@/lib/users/set-user-active";
import { confirmTotpEnrolment, disableSecondFactor, renewRecoveryCodes, startTotpEnrolment } from "@/lib/users/totp-enrolment";
import { PDF } from "../support/documents";
import { TEST_PASSWORD, unitId } from "../support/factories";
import { hostileString, mutate, mutation } from "../support/hostile-input";
import {
  COMPLETE_FIELDS, draftRequest, makeCase, MOVE_DETAILS, requestIn, storedRequest, userCtx, type RequestHandle,
} from "../support/requests";
import { requestSuite } from "../support/request-suite";

/**
 * Every verb that parses its input, run end to end on the database with hostile strings in
 * its fields (issue 15, "Property tests"): what a form or a forged POST can send. Each run
 * starts from a valid input and replaces one to three of its fields (and sometimes adds
 * prototype keys). The verb answers, or refuses with a typed domain error — never anything
 * else, which would be a 500 — and when it refuses the input as Invalid, nothing at all was
 * written (every table's content is compared).
 */

const suite = requestSuite();
const RUNS = 10;

interface Verb {
  name: string;
  /** A valid input against the database as it stands (the current version, an existing id). */
  valid: () => Promise<Record<string, unknown>>;
  run: (input: Record<string, unknown>) => Promise<unknown>;
  /**
   * Tables an Invalid answer may still write: a wrong password is refused as Invalid after the
   * failure was counted, on purpose (lib/users/throttle.ts) — forgetting it would help a guesser.
   */
  countsFailures?: boolean;
  /** Its valid input passes the schema but is refused as Invalid by a check of the verb (a wrong code). */
  refusedAfterParsing?: boolean;
}

let tables: string[] = [];
/** Every table's rows, hashed: equal before and after when nothing was written. */
async function snapshot(skip: readonly string[] = []): Promise<Record<string, string>> {
  const parts = tables
    .filter((t) => !skip.includes(t))
    .map((t) => `select '${t}' as name, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as digest from "${t}" x`);
  const result = (await suite.db.execute(sql.raw(parts.join(" union all ")))) as unknown as { rows?: { name: string; digest: string }[] } & { name: string; digest: string }[];
  const rows = result.rows ?? result;
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}
const FAILURE_COUNTERS = ["login_attempts", "rate_counters", "security_events"];

type As = Ctx;
let magistrate: As, manager: As, officer: As, admin: As, requestedManager: As, account: As, secondOfficer: As;
const password = { account: undefined as unknown as Ctx, current: TEST_PASSWORD };
let draft: RequestHandle, executing: RequestHandle, transmitted: RequestHandle, closed: RequestHandle;
let caseId: string, spareUserId: string, spareUnitId: string, authorityId: string, legalBasisId: string;
async function unusedCountryCode(): Promise<string> {
  const taken = new Set((await suite.db.select({ code: countries.code }).from(countries)).map((c) => c.code));
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) for (const b of letters) if (!taken.has(`${a}${b}`) && isCountryCode(`${a}${b}`)) return `${a}${b}`;
  throw new Error("Every two-letter country code is taken.");
}

const version = async (handle: RequestHandle) => (await storedRequest(suite.db, handle.id)).version;
/** Of two people, the one not in charge now: giving a request to whoever has it is refused. */
async function other(handle: RequestHandle, column: "ownerId" | "assigneeId", people: [Ctx, Ctx]): Promise<string> {
  const inCharge = (await storedRequest(suite.db, handle.id))[column];
  return (people[0].actor.id === inCharge ? people[1] : people[0]).actor.id;
}

beforeAll(async () => {
  ({ magistrate, manager, officer, requestedManager } = suite.parties);
  admin = await userCtx(suite.db, "admin");
  account = await userCtx(suite.db, "magistrate");
  password.account = await userCtx(suite.db, "magistrate");
  secondOfficer = await userCtx(suite.db, "liaison_officer");
  const tableRows = (await suite.db.execute(
    sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows?: { table_name: string }[] } & { table_name: string }[];
  tables = (tableRows.rows ?? tableRows).map((r) => r.table_name).filter((t) => !t.startsWith("__drizzle"));

  draft = await draftRequest(magistrate);
  executing = await requestIn("in_execution", suite.parties);
  transmitted = await requestIn("transmitted", suite.parties);
  closed = await requestIn("closed", suite.parties);
  caseId = (await makeCase(magistrate)).id;
  spareUserId = (await userCtx(suite.db, "magistrate")).actor.id;
  spareUnitId = (await addUnit(admin, { code: "FR-PROPERTY-SPARE", countryCode: "FR", name: "Unité de test", kind: "court" })).id;
  await addCountry(admin, { code: "JP", nameFr: "Japon", nameEn: "Japan", languages: "ja", timeZone: "Asia/Tokyo", euMember: "", budapestPartySince: "" });
  authorityId = (await addAuthority(admin, { countryCode: "JP", name: "Ministry of Justice", kind: "central_authority", measureTypes: [] })).id;
  legalBasisId = (await recordLegalBasis(admin, { countryCode: "FR", partnerCode: "JP", basis: "reciprocity", instrument: "", signedOn: "" })).id;
}, 120_000);

const REASON = "Checked with the account's owner in person.";
const latest = (handle: () => RequestHandle) => async () => ({ requestId: handle().id, version: await version(handle()) });

const VERBS: Verb[] = [
  // The requesting side's drafting.
  { name: "createCase", valid: async () => ({ reference: `PROP-${randomUUID().slice(0, 8)}`, title: "Title", offences: "Offences", hardDate: "", hardDateLabel: "" }), run: (i) => createCase(magistrate, i as never) },
  { name: "createRequest", valid: async () => ({ ...COMPLETE_FIELDS, caseId }), run: (i) => createRequest(magistrate, i as never) },
  { name: "updateDraft", valid: async () => ({ ...COMPLETE_FIELDS, ...(await latest(() => draft)()) }), run: (i) => updateDraft(magistrate, i as never) },
  {
    name: "addMeasure",
    valid: async () => ({ ...(await latest(() => draft)()), type: "bank_records", description: "Accounts", justification: "Held there." }),
    run: (i) => addMeasure(magistrate, i as never),
  },
  {
    name: "editMeasure",
    valid: async () => ({ ...(await latest(() => draft)()), measureId: draft.measureIds[0], type: "bank_records", description: "Accounts", justification: "Held there." }),
    run: (i) => editMeasure(magistrate, i as never),
  },
  {
    name: "removeMeasure",
    valid: async () => {
      const { id } = await addMeasure(magistrate, { ...(await latest(() => draft)()), type: "traffic_data", description: "Logs", justification: "" });
      return { ...(await latest(() => draft)()), measureId: id };
    },
    run: (i) => removeMeasure(magistrate, i as never),
  },
  {
    name: "addPerson",
    valid: async () => ({ ...(await latest(() => draft)()), role: "victim", identity: "A. R.", nationality: "PH", location: "Cebu", childAtRisk: "" }),
    run: (i) => addPerson(magistrate, i as never),
  },
  {
    name: "removePerson",
    valid: async () => {
      const { id } = await addPerson(magistrate, { ...(await latest(() => draft)()), role: "witness", identity: "W." });
      return { ...(await latest(() => draft)()), personId: id };
    },
    run: (i) => removePerson(magistrate, i as never),
  },
  { name: "addComment", valid: async () => ({ requestId: draft.id, body: "A comment.", visibility: "internal" }), run: (i) => addComment(magistrate, i as never) },
  {
    name: "waiveChecklistItem",
    valid: async () => ({ ...(await latest(() => draft)()), itemKey: (await checklistFor(manager, draft.id)).missing[0] ?? "signed_letter", reason: REASON }),
    run: (i) => waiveChecklistItem(manager, i as never),
  },
  {
    name: "uploadDocuments",
    valid: async () => ({ ...(await latest(() => draft)()), type: "annex", language: "fr", visibility: "internal", measureId: "", replacesId: "", checklistItemKey: "" }),
    run: (i) => uploadDocuments(magistrate, { ...(i as object), files: [{ fileName: "annexe.pdf", bytes: PDF }] } as never),
  },
  {
    // A fresh draft each time: the move succeeds once.
    name: "transitionRequest",
    valid: async () => {
      const fresh = await draftRequest(magistrate);
      return { ...MOVE_DETAILS, requestId: fresh.id, version: fresh.version, transition: "submit" };
    },
    run: (i) => transitionRequest(magistrate, i as never),
  },
  { name: "latestChange", valid: async () => ({ requestId: draft.id, since: 1 }), run: (i) => latestChange(magistrate, i as never) },
  { name: "assignOwner", valid: async () => ({ ...(await latest(() => draft)()), userId: await other(draft, "ownerId", [magistrate, account]) }), run: (i) => assignOwner(manager, i as never) },
  { name: "createSupplementaryRequest", valid: async () => ({ parentRequestId: transmitted.id }), run: (i) => createSupplementaryRequest(magistrate, i as never) },
  { name: "placeLegalHold", valid: async () => ({ requestId: closed.id, reason: REASON }), run: (i) => placeLegalHold(magistrate, i as never) },
  { name: "liftLegalHold", valid: async () => ({ requestId: closed.id, reason: REASON }), run: (i) => liftLegalHold(magistrate, i as never) },
  { name: "listRequests", valid: async () => ({ q: "abuse", status: "draft", country: "PH", sort: "updated_desc", from: "2026-01-01", to: "2026-12-31" }), run: (i) => listRequests(magistrate, i as never) },
  // The requested side.
  {
    name: "reportMeasure",
    valid: async () => ({ ...(await latest(() => executing)()), measureId: executing.measureIds[0], status: "in_progress", resultNote: "Working." }),
    run: (i) => reportMeasure(officer, i as never),
  },
  { name: "takeRequest", valid: latest(() => executing), run: (i) => takeRequest(officer, i as never) },
  {
    name: "assignHandler",
    valid: async () => ({ ...(await latest(() => executing)()), userId: await other(executing, "assigneeId", [officer, secondOfficer]) }),
    run: (i) => assignHandler(requestedManager, i as never),
  },
  { name: "extendRecognition", valid: async () => ({ ...(await latest(() => executing)()), text: REASON }), run: (i) => extendRecognition(officer, i as never) },
  { name: "renewPreservation", valid: async () => ({ ...(await latest(() => executing)()), text: REASON }), run: (i) => renewPreservation(magistrate, i as never) },
  // Managers.
  { name: "resolveDashboardFilters", valid: async () => ({ direction: "outgoing", country: "PH", from: "2026-01-01", to: "2026-03-01" }), run: (i) => resolveDashboardFilters(manager, i as never) },
  { name: "listAuditReview", valid: async () => ({ actor: "test", reference: "MLA", action: "transmit", from: "2026-01-01", to: "2026-03-01", page: "1" }), run: (i) => listAuditReview(admin, i as never) },
  // Administrators.
  {
    name: "createUser",
    valid: async () => ({ email: `new.${randomUUID().slice(0, 8)}@test.example`, name: "New", role: "magistrate", unitId: await unitId(suite.db, "FR-PARIS-MINORS"), locale: "fr", password: "long enough password" }),
    run: (i) => createUser(admin, i as never),
  },
  { name: "changeUserRole", valid: async () => ({ userId: spareUserId, role: "magistrate", unitId: await unitId(suite.db, "FR-BEPI") }), run: (i) => changeUserRole(admin, i as never) },
  { name: "setUserActive", valid: async () => ({ userId: spareUserId, active: true }), run: (i) => setUserActive(admin, i as never) },
  { name: "resetSecondFactor", valid: async () => ({ userId: spareUserId, reason: REASON }), run: (i) => resetSecondFactor(admin, i as never) },
  { name: "setManagerScope", valid: async () => ({ userId: manager.actor.id, unitIds: [], countryCodes: ["PH"] }), run: (i) => setManagerScope(admin, i as never) },
  { name: "addUnit", valid: async () => ({ code: `FR-P-${randomUUID().slice(0, 6).toUpperCase()}`, countryCode: "FR", name: "Unité", kind: "police" }), run: (i) => addUnit(admin, i as never) },
  { name: "updateUnit", valid: async () => ({ unitId: spareUnitId, name: "Unité renommée", kind: "court" }), run: (i) => updateUnit(admin, i as never) },
  { name: "closeUnit", valid: async () => ({ unitId: spareUnitId }), run: (i) => closeUnit(admin, i as never) },
  { name: "reopenUnit", valid: async () => ({ unitId: spareUnitId }), run: (i) => reopenUnit(admin, i as never) },
  {
    name: "addCountry",
    // A code no run has added yet: a hostile value in another field may well be valid text, and add it.
    valid: async () => ({ code: await unusedCountryCode(), nameFr: "Allemagne", nameEn: "Germany", languages: "de", timeZone: "Europe/Berlin", euMember: "on", budapestPartySince: "" }),
    run: (i) => addCountry(admin, i as never),
  },
  {
    name: "updateCountry",
    valid: async () => ({ code: "JP", nameFr: "Japon", nameEn: "Japan", languages: "ja, en", timeZone: "Asia/Tokyo", euMember: "", budapestPartySince: "2012-11-01" }),
    run: (i) => updateCountry(admin, i as never),
  },
  { name: "addAuthority", valid: async () => ({ countryCode: "JP", name: "Police", kind: "police", measureTypes: ["bank_records"], email: "police@example.org" }), run: (i) => addAuthority(admin, i as never) },
  { name: "updateAuthority", valid: async () => ({ authorityId, name: "Ministry of Justice", kind: "central_authority", address: "Tokyo", phone: "+81" }), run: (i) => updateAuthority(admin, i as never) },
  {
    name: "recordLegalBasis",
    valid: async () => ({ countryCode: "FR", partnerCode: "JP", basis: "bilateral_convention", instrument: "Treaty of 2026", signedOn: "2026-01-01" }),
    run: (i) => recordLegalBasis(admin, i as never),
  },
  { name: "withdrawLegalBasis", valid: async () => ({ legalBasisId }), run: (i) => withdrawLegalBasis(admin, i as never) },
  {
    name: "editChecklistRule",
    valid: async () => ({ key: "signed_letter", labelFr: "Lettre signée", labelEn: "Signed letter", reasonFr: "Parce que.", reasonEn: "Because.", active: true, reason: REASON }),
    run: (i) => editChecklistRule(admin, i as never),
  },
  { name: "setDeadlineTarget", valid: async () => ({ key: "review", days: "7", reason: REASON }), run: (i) => setDeadlineTarget(admin, i as never) },
  { name: "restoreDeadlineTarget", valid: async () => ({ key: "review", reason: REASON }), run: (i) => restoreDeadlineTarget(admin, i as never) },
  { name: "setRetentionPolicy", valid: async () => ({ months: "12", reason: REASON }), run: (i) => setRetentionPolicy(admin, i as never) },
  // One's own account.
  { name: "setOwnLocale", valid: async () => ({ locale: "en" }), run: (i) => setOwnLocale(account, i as never) },
  { name: "setNotificationDelivery", valid: async () => ({ delivery: "digest" }), run: (i) => setNotificationDelivery(account, i as never) },
  { name: "markNotificationsRead", valid: async () => ({ id: "1" }), run: (i) => markNotificationsRead(account, i as never) },
  {
    // Its own account, whose password follows each change that succeeds.
    name: "changeOwnPassword",
    valid: async () => {
      const next = `passphrase ${randomUUID()}`;
      return { currentPassword: password.current, newPassword: next, confirmation: next };
    },
    run: async (i) => {
      await changeOwnPassword(password.account, i as never);
      password.current = String(i.newPassword);
    },
    countsFailures: true,
  },
  { name: "startTotpEnrolment", valid: async () => ({ currentPassword: TEST_PASSWORD }), run: (i) => startTotpEnrolment(account, i as never), countsFailures: true },
  { name: "confirmTotpEnrolment", valid: async () => ({ code: "123456" }), run: (i) => confirmTotpEnrolment(account, i as never), countsFailures: true, refusedAfterParsing: true },
  { name: "renewRecoveryCodes", valid: async () => ({ code: "123456" }), run: (i) => renewRecoveryCodes(account, i as never), countsFailures: true, refusedAfterParsing: true },
  { name: "disableSecondFactor", valid: async () => ({ currentPassword: TEST_PASSWORD, code: "123456" }), run: (i) => disableSecondFactor(account, i as never), countsFailures: true, refusedAfterParsing: true },
];

function describeError(error: unknown): string {
  const fields = error instanceof Invalid ? ` ${JSON.stringify(error.fields)}` : "";
  return error instanceof Error ? `${error.constructor.name}: ${error.message.slice(0, 300)}${fields}` : String(error);
}

describe("every verb, end to end, with hostile strings in its input", () => {
  // First, on the state beforeAll made: a hostile value may well be valid text, and a hostile
  // run may then add what a valid input would collide with (a country, an authority's name).
  it.each(VERBS.filter((v) => !v.refusedAfterParsing))("$name: its valid input is not refused as invalid", async (verb) => {
    try {
      await verb.run(await verb.valid());
    } catch (error) {
      expect(isDomainError(error), describeError(error)).toBe(true);
      expect(error, describeError(error)).not.toBeInstanceOf(Invalid);
    }
  });

  it.each(VERBS)("$name: answers or refuses with a domain error; an Invalid input writes nothing", async (verb) => {
    await fc.assert(
      fc.asyncProperty(mutation(hostileString), async (change) => {
        const input = mutate(await verb.valid(), change);
        const skip = verb.countsFailures ? FAILURE_COUNTERS : [];
        const before = await snapshot(skip);
        try {
          await verb.run(input);
        } catch (error) {
          if (!isDomainError(error)) throw new Error(`${verb.name} threw ${describeError(error)} (a 500) for ${JSON.stringify(input).slice(0, 400)}`, { cause: error });
          if (error instanceof Invalid) expect(await snapshot(skip), `${verb.name} wrote although the input was Invalid`).toEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
  });

});
