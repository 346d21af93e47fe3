import type { Locale, Role, UnitKind } from "@/lib/access/roles";

/**
 * Countries of the demo flows (docs/legal.md, "Legal bases by country"): the languages a
 * request must be written in come first. EU membership and the Budapest Convention's entry
 * into force decide two of their legal bases (lib/reference/legal-bases.ts); the others are
 * recorded in the directory (directory-data.ts).
 */
export const COUNTRIES = [
  { code: "FR", nameFr: "France", nameEn: "France", languages: ["fr"], timeZone: "Europe/Paris", euMember: true, budapestPartySince: "2006-05-01" },
  { code: "PH", nameFr: "Philippines", nameEn: "Philippines", languages: ["en", "fil"], timeZone: "Asia/Manila", euMember: false, budapestPartySince: "2018-07-01" },
  { code: "CO", nameFr: "Colombie", nameEn: "Colombia", languages: ["es"], timeZone: "America/Bogota", euMember: false, budapestPartySince: null },
  { code: "MG", nameFr: "Madagascar", nameEn: "Madagascar", languages: ["fr", "mg"], timeZone: "Indian/Antananarivo", euMember: false, budapestPartySince: null },
  { code: "RO", nameFr: "Roumanie", nameEn: "Romania", languages: ["ro"], timeZone: "Europe/Bucharest", euMember: true, budapestPartySince: null },
] as const;

export const UNITS: { code: string; name: string; countryCode: string; kind: UnitKind }[] = [
  { code: "FR-PARIS-MINORS", name: "Parquet de Paris — section des mineurs", countryCode: "FR", kind: "prosecutor_office" },
  {
    code: "FR-BEPI",
    name: "Ministère de la Justice — DACG, bureau de l'entraide pénale internationale (BEPI)",
    countryCode: "FR",
    kind: "central_authority",
  },
  { code: "PH-DOJ-OOC", name: "Department of Justice — Office of Cybercrime", countryCode: "PH", kind: "central_authority" },
  { code: "PH-DOJ-OCSC", name: "Department of Justice — Office of the Chief State Counsel", countryCode: "PH", kind: "central_authority" },
  { code: "CO-FGN", name: "Fiscalía General de la Nación — Dirección de Asuntos Internacionales", countryCode: "CO", kind: "central_authority" },
  { code: "MG-MINJUS", name: "Ministère de la Justice de Madagascar", countryCode: "MG", kind: "central_authority" },
  { code: "RO-PCAB", name: "Parchetul de pe lângă Curtea de Apel București", countryCode: "RO", kind: "prosecutor_office" },
];

/** The demo accounts listed in the README; all share DEMO_PASSWORD. */
export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS: { email: string; name: string; role: Role; unitCode: string | null; locale: Locale }[] = [
  { email: "magistrate@demo.example", name: "Claire Martin", role: "magistrate", unitCode: "FR-PARIS-MINORS", locale: "fr" },
  { email: "manager@demo.example", name: "Antoine Dubois", role: "manager", unitCode: "FR-PARIS-MINORS", locale: "fr" },
  { email: "liaison.ph@demo.example", name: "Maria Santos", role: "liaison_officer", unitCode: "PH-DOJ-OOC", locale: "en" },
  { email: "liaison.co@demo.example", name: "Andrés Gómez", role: "liaison_officer", unitCode: "CO-FGN", locale: "en" },
  { email: "liaison.fr@demo.example", name: "Sophie Laurent", role: "liaison_officer", unitCode: "FR-BEPI", locale: "fr" },
  { email: "magistrate.ph@demo.example", name: "Isabel Cruz", role: "magistrate", unitCode: "PH-DOJ-OOC", locale: "en" },
  // Validates the Philippine request to France (four-eyes: a manager of the drafting unit, not its drafter).
  { email: "manager.ph@demo.example", name: "Ramon Villanueva", role: "manager", unitCode: "PH-DOJ-OOC", locale: "en" },
  // The French central authority's national view: every parquet's requests, and the requests France receives.
  { email: "manager.bepi@demo.example", name: "Hélène Moreau", role: "manager", unitCode: "FR-BEPI", locale: "fr" },
  { email: "admin@demo.example", name: "Demo Administrator", role: "admin", unitCode: null, locale: "en" },
];

/**
 * The demo's administrator and liaison officers have a second factor already set up (their
 * role requires one): a fixed TOTP secret each, listed in the README so that a person can
 * add it to an authenticator app, and read by the e2e tests to compute the codes.
 */
export const DEMO_TOTP_SECRETS: Record<string, string> = {
  "liaison.ph@demo.example": "GA6CBUULSCJ6BEN4GTW6M72LKDWM4IQK",
  "liaison.co@demo.example": "7OOUNEVI6MSCESRNQNPFJ3VWCL4GWZEQ",
  "liaison.fr@demo.example": "WQQHDVQIIEHGBTA6UN7NDN2WZS5DT4KZ",
  "admin@demo.example": "4UIXJEQNLXLHMR6M7P3R336XHRM3QOBY",
};

/**
 * The demo managers' scopes beyond their own unit (manager_scopes): the Philippine manager
 * receives the requests sent to the Philippines; the French BEPI oversees the Paris
 * parquet's requests and receives those sent to France.
 */
export const DEMO_MANAGER_SCOPES: { email: string; unitCodes: string[]; countryCodes: string[] }[] = [
  { email: "manager.ph@demo.example", unitCodes: [], countryCodes: ["PH"] },
  { email: "manager.bepi@demo.example", unitCodes: ["FR-PARIS-MINORS"], countryCodes: ["FR"] },
];
