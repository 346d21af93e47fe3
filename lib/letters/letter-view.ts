import { and, eq, inArray } from "drizzle-orm";
import { countries, measures } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { getRequest, type RequestView } from "@/lib/requests/get-request";
import type { MeasureDetails } from "@/lib/requests/measure-details";
import type { Channel, LegalBasis, MeasureStatus, MeasureType, PersonRole, Urgency } from "@/lib/requests/vocabulary";
import { overdueOnRequestedSide, type OverdueClock } from "./overdue";
import { letterLanguages, type LetterLanguage } from "./languages";
import type { CountryNames } from "./wording";
import { localIsoDate } from "@/lib/dates";

export type LetterNature =
  | { kind: "initial" }
  | { kind: "supplementary" | "preservationFollowUp"; parentReference: string };

/**
 * What a request letter shows, and nothing else: the fields sent to the requested
 * authority. Internal comments, events, the case's title and hard date never reach it;
 * victims stay pseudonymous where the reader's view has them so.
 */
export interface LetterView {
  reference: string;
  caseReference: string;
  foreignReference: string | null;
  /** Calendar date of the letter (YYYY-MM-DD): the transmission date once sent, else today. */
  date: string;
  /** Today in the requesting country: the date of a reminder. */
  today: string;
  /** The day the request was sent (YYYY-MM-DD), in the requesting country; null before. */
  transmittedOn: string | null;
  nature: LetterNature;
  requestingAuthority: string;
  requestingCountry: CountryNames;
  requestedCountry: CountryNames;
  requestedAuthority: string;
  legalBasis: LegalBasis;
  legalBasisDetail: string;
  channel: Channel;
  urgency: Urgency;
  urgencyReasons: string;
  targetDate: string | null;
  confidential: boolean;
  confidentialityReasons: string;
  summaryOfFacts: string;
  offencesAndPenalties: string;
  contactPoint: string;
  /** `details`: the type's structured details (lib/requests/measure-details.ts), printed under each measure. */
  measures: { type: MeasureType; description: string; justification: string; status: MeasureStatus; details: MeasureDetails }[];
  persons: { role: PersonRole; pseudonym: string; identity: string | null; nationality: string; location: string; childAtRisk: boolean }[];
  /** A child at risk is named: the letter says so (lib/requests/child-at-risk.ts). */
  childAtRisk: boolean;
  /** The letters this request needs, the drafting language first (lib/letters/languages.ts). */
  languages: LetterLanguage[];
  /** What the requested side is late with (a reminder asks after it). */
  overdue: OverdueClock[];
}

/** The letter of a request as this actor may see it: out of scope is NotFound, as for the request. */
export async function loadLetter(ctx: Ctx, requestId: string): Promise<LetterView> {
  const view = await getRequest(ctx, requestId);
  const { request } = view;
  const codes = [view.requestingCountryCode, request.requestedCountryCode];
  const [countryRows, nature] = await Promise.all([
    ctx.db.select().from(countries).where(inArray(countries.code, codes)),
    letterNature(ctx, view),
  ]);
  const country = (code: string) => {
    const row = countryRows.find((c) => c.code === code);
    return row ?? { code, nameFr: code, nameEn: code, languages: [], timeZone: "UTC" };
  };
  const requesting = country(view.requestingCountryCode);
  const requested = country(request.requestedCountryCode);
  const names = ({ code, nameFr, nameEn }: CountryNames) => ({ code, nameFr, nameEn });

  return {
    reference: request.reference,
    caseReference: view.caseReference,
    foreignReference: request.foreignReference,
    date: localIsoDate(request.transmittedAt ?? ctx.now(), requesting.timeZone),
    today: localIsoDate(ctx.now(), requesting.timeZone),
    transmittedOn: request.transmittedAt && localIsoDate(request.transmittedAt, requesting.timeZone),
    nature,
    requestingAuthority: view.requestingUnitName,
    requestingCountry: names(requesting),
    requestedCountry: names(requested),
    requestedAuthority: request.requestedAuthority,
    legalBasis: request.legalBasis,
    legalBasisDetail: request.legalBasisDetail,
    channel: request.transmissionChannel ?? request.channel,
    urgency: request.urgency,
    urgencyReasons: request.urgencyReasons,
    targetDate: request.targetDate,
    confidential: request.confidential,
    confidentialityReasons: request.confidentialityReasons,
    summaryOfFacts: request.summaryOfFacts,
    offencesAndPenalties: request.offencesAndPenalties,
    contactPoint: request.contactPoint,
    measures: view.measures.map(({ type, description, justification, status, details }) => ({ type, description, justification, status, details })),
    persons: view.persons.map(({ role, pseudonym, identity, nationality, location, childAtRisk }) => ({ role, pseudonym, identity, nationality, location, childAtRisk })),
    childAtRisk: view.childAtRisk,
    languages: letterLanguages(requested.languages, requesting.languages),
    overdue: overdueOnRequestedSide(view.clocks),
  };
}

/**
 * New, supplementary, or the full request following an expedited preservation (Budapest
 * art. 29(7): the preservation holds so that this request can follow), as the header says.
 */
async function letterNature(ctx: Ctx, view: RequestView): Promise<LetterNature> {
  const parent = view.related.find((r) => r.kind === "parent");
  if (!parent) return { kind: "initial" };
  const [preservation] = await ctx.db
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.requestId, parent.id), eq(measures.type, "expedited_preservation")))
    .limit(1);
  return { kind: preservation ? "preservationFollowUp" : "supplementary", parentReference: parent.reference };
}

