import { z } from "zod";
import { LIMITS, plausibleDate } from "@/lib/requests/schemas";
import { MEASURE_TYPES } from "@/lib/requests/vocabulary";
import { isCountryCode } from "./country-codes";
import { AUTHORITY_KINDS, RECORDED_LEGAL_BASES } from "./vocabulary";

/** What an administrator types into the directory's forms, validated once for the verbs. */

const name = z.string().trim().min(1).max(LIMITS.short);
const optionalText = (max: number) => z.string().trim().max(max).default("");
const optionalDate = z
  .union([z.literal(""), plausibleDate])
  .nullish()
  .transform((d) => d || null);
/** Checkbox-friendly boolean: forms send "on" or nothing. */
const flag = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .default(false)
  .transform((v) => v === true || v === "on" || v === "true");

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: "unknownCountryCode" });

/** An IANA zone the runtime knows: the deadline calendars compute in it (lib/deadlines/calendar.ts). */
export function isTimeZone(zone: string): boolean {
  if (!zone.includes("/") && zone !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag starting with a language (en, fil, pt-BR); stored in its canonical form. */
function canonicalLanguage(tag: string): string | null {
  if (!/^[a-z]{2,3}(-|$)/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** "en, fil" from a form, or a list: at least one valid tag, the preferred one first. */
const languages = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(/[\s,;]+/)).map((tag) => tag.trim()).filter(Boolean))
  .refine((tags) => tags.length > 0, { error: "languagesRequired" })
  .refine((tags) => tags.length <= 10 && tags.every((tag) => canonicalLanguage(tag) !== null), { error: "invalidLanguage" })
  .transform((tags) => [...new Set(tags.map((tag) => canonicalLanguage(tag)!))]);

const countryFields = z.object({
  nameFr: name,
  nameEn: name,
  languages,
  timeZone: z.string().trim().max(100).refine(isTimeZone, { error: "invalidTimeZone" }),
  euMember: flag,
  budapestPartySince: optionalDate,
});

/** Adding and correcting a country send the same fields; the code names the country (it never changes). */
export const countryInput = countryFields.extend({ code: countryCode });

const email = z
  .string()
  .trim()
  .max(254)
  .refine((value) => value === "" || z.email().safeParse(value).success, { error: "invalidEmail" })
  .default("");

const authorityFields = z.object({
  name,
  kind: z.enum(AUTHORITY_KINDS),
  measureTypes: z
    .array(z.enum(MEASURE_TYPES))
    .default([])
    .transform((types) => MEASURE_TYPES.filter((type) => types.includes(type))),
  address: optionalText(LIMITS.medium),
  email,
  phone: optionalText(LIMITS.short),
  officeHours: optionalText(LIMITS.short),
});

export const addAuthorityInput = authorityFields.extend({ countryCode });
export const updateAuthorityInput = authorityFields.extend({ authorityId: z.uuid() });

export const recordLegalBasisInput = z
  .object({
    countryCode,
    partnerCode: countryCode,
    basis: z.enum(RECORDED_LEGAL_BASES),
    instrument: optionalText(LIMITS.medium),
    signedOn: optionalDate,
  })
  .refine((r) => r.basis === "reciprocity" || (r.instrument ?? "").length > 0, {
    path: ["instrument"],
    error: "instrumentRequired",
    when: (payload) => payload.value !== null && typeof payload.value === "object",
  })
  .refine((r) => r.countryCode !== r.partnerCode, {
    path: ["partnerCode"],
    error: "samePartner",
    when: (payload) => payload.value !== null && typeof payload.value === "object",
  });

export type AddCountryInput = z.input<typeof countryInput>;
export type UpdateCountryInput = z.input<typeof countryInput>;
export type AddAuthorityInput = z.input<typeof addAuthorityInput>;
export type UpdateAuthorityInput = z.input<typeof updateAuthorityInput>;
export type RecordLegalBasisInput = z.input<typeof recordLegalBasisInput>;
