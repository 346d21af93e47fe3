import type { RecordedLegalBasis, AuthorityKind } from "@/lib/reference/vocabulary";
import type { MeasureType } from "@/lib/requests/vocabulary";

/**
 * The directory of the demo countries (docs/legal.md, "Legal bases by country"): the
 * authorities that receive requests and what they execute, and the legal bases recorded
 * between two countries. The EIO (EU membership) and the Budapest Convention (both parties)
 * follow from reference-data.ts's countries. Contact details are left empty where no
 * published source was at hand: an administrator completes them in /admin/directory.
 */

export interface SeedAuthority {
  seedKey: string;
  countryCode: string;
  name: string;
  kind: AuthorityKind;
  measureTypes: MeasureType[];
  address?: string;
  officeHours?: string;
}

const PH_DOJ = "Department of Justice, Padre Faura Street, Ermita, 1000 Manila";
const PH_HOURS = "Monday to Friday, 8:00–17:00 (Manila time)";

export const DIRECTORY_AUTHORITIES: SeedAuthority[] = [
  {
    seedKey: "PH-DOJ-OCSC",
    countryCode: "PH",
    name: "Department of Justice — Office of the Chief State Counsel",
    kind: "central_authority",
    measureTypes: [
      "hearing_minor_victim", "hearing_witness", "hearing_suspect", "identification", "search_and_seizure",
      "local_proceedings_information", "video_link_testimony", "victim_travel", "service_of_documents",
    ],
    address: PH_DOJ,
    officeHours: PH_HOURS,
  },
  {
    // The central authority for cybercrime matters (Republic Act 10175, sec. 23) and the 24/7 point of contact.
    seedKey: "PH-DOJ-OOC",
    countryCode: "PH",
    name: "Department of Justice — Office of Cybercrime",
    kind: "central_authority",
    measureTypes: ["subscriber_data", "traffic_data", "content_data", "expedited_preservation"],
    address: PH_DOJ,
    officeHours: PH_HOURS,
  },
  {
    seedKey: "PH-AMLC",
    countryCode: "PH",
    name: "Anti-Money Laundering Council",
    kind: "financial_intelligence",
    measureTypes: ["bank_records", "money_transfer_records"],
    address: "AMLC Secretariat, Bangko Sentral ng Pilipinas complex, Malate, 1004 Manila",
    officeHours: PH_HOURS,
  },
  {
    seedKey: "CO-FGN",
    countryCode: "CO",
    name: "Fiscalía General de la Nación — Dirección de Asuntos Internacionales",
    kind: "central_authority",
    measureTypes: [],
    address: "Diagonal 22B No. 52-01, Bogotá",
  },
  { seedKey: "MG-MINJUS", countryCode: "MG", name: "Ministère de la Justice de Madagascar", kind: "central_authority", measureTypes: [] },
  {
    // An EIO goes directly from judicial authority to judicial authority (Directive 2014/41/EU, art. 7).
    seedKey: "RO-PCAB",
    countryCode: "RO",
    name: "Parchetul de pe lângă Curtea de Apel București",
    kind: "judicial",
    measureTypes: ["bank_records", "subscriber_data", "local_proceedings_information"],
  },
  {
    seedKey: "FR-BEPI",
    countryCode: "FR",
    name: "Ministère de la Justice — DACG, bureau de l'entraide pénale internationale (BEPI)",
    kind: "central_authority",
    measureTypes: [],
    address: "13, place Vendôme, 75042 Paris Cedex 01",
  },
];

export const DIRECTORY_LEGAL_BASES: {
  countryCode: string;
  partnerCode: string;
  basis: RecordedLegalBasis;
  instrument: string;
  signedOn: string | null;
}[] = [
  {
    countryCode: "CO",
    partnerCode: "FR",
    basis: "bilateral_convention",
    instrument: "Convention d'entraide judiciaire en matière pénale entre la France et la Colombie",
    signedOn: "1997-03-21",
  },
  // docs/legal.md gives the year only; ministry to ministry.
  { countryCode: "MG", partnerCode: "FR", basis: "bilateral_convention", instrument: "Convention de coopération judiciaire (1973)", signedOn: null },
  // No MLA treaty between France and the Philippines: the Budapest Convention (derived) and reciprocity.
  { countryCode: "PH", partnerCode: "FR", basis: "reciprocity", instrument: "", signedOn: null },
];
