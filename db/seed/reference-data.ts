import type { Locale, Role, UnitKind } from "@/lib/access/roles";

/** Countries of the demo flows (docs/legal.md): the languages a request must be written in come first. */
export const COUNTRIES = [
  { code: "FR", nameFr: "France", nameEn: "France", languages: ["fr"], timeZone: "Europe/Paris" },
  { code: "PH", nameFr: "Philippines", nameEn: "Philippines", languages: ["en", "fil"], timeZone: "Asia/Manila" },
  { code: "CO", nameFr: "Colombie", nameEn: "Colombia", languages: ["es"], timeZone: "America/Bogota" },
  { code: "MG", nameFr: "Madagascar", nameEn: "Madagascar", languages: ["fr", "mg"], timeZone: "Indian/Antananarivo" },
  { code: "RO", nameFr: "Roumanie", nameEn: "Romania", languages: ["ro"], timeZone: "Europe/Bucharest" },
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
 * The demo managers' scopes beyond their own unit (manager_scopes): the Philippine manager
 * receives the requests sent to the Philippines; the French BEPI oversees the Paris
 * parquet's requests and receives those sent to France.
 */
export const DEMO_MANAGER_SCOPES: { email: string; unitCodes: string[]; countryCodes: string[] }[] = [
  { email: "manager.ph@demo.example", unitCodes: [], countryCodes: ["PH"] },
  { email: "manager.bepi@demo.example", unitCodes: ["FR-PARIS-MINORS"], countryCodes: ["FR"] },
];
