import type { DocumentLanguage, DocumentType } from "@/lib/documents/vocabulary";
import type { LegalBasis, MeasureType } from "@/lib/requests/vocabulary";

/**
 * What must be in a request before it is sent (docs/product.md, "Checklists and documents"), derived from the requested
 * country × the measures asked × the legal basis. Sources: docs/legal.md "What a well-formed
 * request contains" (UNODC MLA Tool, T-CY templates, bilateral forms) and "Common causes of
 * delay or refusal" (missing translation, facts not linked to the measures, no offence text).
 *
 * These are the defaults seeded into `checklist_rules`; administrators may edit them there.
 * A rule is satisfied by a current document of `documentType` (in `documentLanguage`, if set)
 * or by the request field `field` being filled in — see evaluate.ts for when a document must
 * be linked to its item (annexes, and whenever two items could take the same document).
 * An item backed by a field reads as the field's label (`fields.<field>` in the messages), so
 * that the checklist names what the form asks for (tests/unit/field-labels.test.ts).
 */
/**
 * The release of the rules below. Raise it with any change to them: at the next start, the
 * rules of an installation that no administrator edited are brought up to date (db/seed).
 */
export const SHIPPED_RULES_VERSION = 3;

export interface ChecklistRule {
  key: string;
  labelFr: string;
  labelEn: string;
  reasonFr: string;
  reasonEn: string;
  countryCode?: string;
  legalBasis?: LegalBasis;
  exceptLegalBasis?: LegalBasis;
  measureType?: MeasureType;
  documentType?: DocumentType;
  documentLanguage?: DocumentLanguage;
  field?: "summaryOfFacts" | "offencesAndPenalties" | "legalBasisDetail" | "contactPoint" | "measureLinks";
}

export const DEFAULT_CHECKLIST_RULES: ChecklistRule[] = [
  // Every request.
  {
    key: "signed_letter",
    labelFr: "Lettre de demande signée",
    labelEn: "Signed request letter",
    reasonFr: "La demande formelle, signée par l'autorité requérante, est l'acte que l'État requis exécute.",
    reasonEn: "The formal request, signed by the requesting authority, is the instrument the requested State acts on.",
    exceptLegalBasis: "european_investigation_order",
    documentType: "request_letter",
  },
  {
    key: "summary_of_facts",
    labelFr: "Exposé des faits",
    labelEn: "Summary of facts",
    reasonFr: "Dates, lieux et circonstances : sans eux l'autorité requise ne peut apprécier la demande.",
    reasonEn: "Dates, places and circumstances: without them the requested authority cannot assess the request.",
    field: "summaryOfFacts",
  },
  {
    key: "facts_linked_to_measures",
    labelFr: "Lien entre les faits et chaque mesure",
    labelEn: "Link between the facts and each measure",
    reasonFr: "Chaque mesure doit dire pourquoi la preuve se trouve dans l'État requis ; c'est une cause fréquente de refus.",
    reasonEn: "Each measure must say why the evidence is in the requested State; its absence is a frequent cause of refusal.",
    field: "measureLinks",
  },
  {
    key: "offences_and_penalties",
    labelFr: "Infractions, textes applicables et peines encourues",
    labelEn: "Offences, applicable provisions and penalties",
    reasonFr: "La double incrimination s'apprécie sur le texte des infractions et les peines encourues.",
    reasonEn: "Dual criminality is assessed on the text of the offences and the penalties incurred.",
    field: "offencesAndPenalties",
  },
  {
    key: "legal_basis_statement",
    labelFr: "Précisions sur la base juridique",
    labelEn: "Legal basis details",
    reasonFr: "Le traité, la convention ou l'engagement de réciprocité sur lequel la demande se fonde.",
    reasonEn: "The treaty, convention or reciprocity undertaking the request rests on.",
    field: "legalBasisDetail",
  },
  {
    key: "contact_point",
    labelFr: "Point de contact",
    labelEn: "Contact point",
    reasonFr: "Nom, téléphone, courriel, horaires et fuseau horaire de la personne chargée du dossier.",
    reasonEn: "Name, phone, e-mail, office hours and time zone of the person in charge.",
    field: "contactPoint",
  },
  // The Philippines: no bilateral treaty with France; English.
  {
    key: "ph_translation_request",
    labelFr: "Traduction anglaise de la demande",
    labelEn: "English translation of the request",
    reasonFr: "Les autorités philippines travaillent en anglais (pratique constante ; règle écrite non confirmée).",
    reasonEn: "Philippine authorities work in English (constant practice; no written rule confirmed).",
    countryCode: "PH",
    documentType: "translation",
    documentLanguage: "en",
  },
  {
    key: "ph_translation_offences",
    labelFr: "Traduction anglaise des dispositions pénales",
    labelEn: "English translation of the offence provisions",
    reasonFr: "L'autorité requise vérifie la double incrimination sur le texte même des infractions.",
    reasonEn: "The requested authority checks dual criminality on the very text of the offences.",
    countryCode: "PH",
    documentType: "annex",
    documentLanguage: "en",
  },
  {
    key: "ph_reciprocity_undertaking",
    labelFr: "Engagement de réciprocité",
    labelEn: "Reciprocity undertaking",
    reasonFr: "Sans traité bilatéral avec les Philippines, la France s'engage à traiter une demande semblable.",
    reasonEn: "With no bilateral treaty with the Philippines, France undertakes to grant a similar request.",
    countryCode: "PH",
    legalBasis: "reciprocity",
    documentType: "reciprocity_undertaking",
  },
  // Colombia: the 1997 convention; Spanish.
  {
    key: "co_translation_request",
    labelFr: "Traduction espagnole de la demande",
    labelEn: "Spanish translation of the request",
    reasonFr: "Convention franco-colombienne du 21 mars 1997 : la demande est accompagnée d'une traduction en espagnol.",
    reasonEn: "France–Colombia convention of 21 March 1997: the request comes with a Spanish translation.",
    countryCode: "CO",
    documentType: "translation",
    documentLanguage: "es",
  },
  // Romania: a European Investigation Order.
  {
    key: "ro_eio_form",
    labelFr: "Formulaire de décision d'enquête européenne (annexe A)",
    labelEn: "European Investigation Order form (Annex A)",
    reasonFr: "Directive 2014/41/UE art. 5 : la décision d'enquête est émise sur le formulaire de l'annexe A, au lieu d'une lettre.",
    reasonEn: "Directive 2014/41/EU art. 5: the EIO is issued on the Annex A form instead of a letter.",
    legalBasis: "european_investigation_order",
    documentType: "eio_form",
  },
  {
    key: "ro_eio_translation",
    labelFr: "Formulaire traduit en roumain",
    labelEn: "Form translated into Romanian",
    reasonFr: "Directive 2014/41/UE art. 5(2) : dans une langue officielle de l'État d'exécution (ou acceptée par lui).",
    reasonEn: "Directive 2014/41/EU art. 5(2): in an official language of the executing State (or one it accepts).",
    countryCode: "RO",
    legalBasis: "european_investigation_order",
    documentType: "translation",
    documentLanguage: "ro",
  },
  // Per measure.
  {
    key: "financial_identifiers",
    labelFr: "Identifiants des comptes ou transferts, et période",
    labelEn: "Account or transfer identifiers, and period",
    reasonFr: "Sans numéro de compte ou de transfert ni période, l'établissement ne peut pas retrouver les pièces.",
    reasonEn: "Without account or transfer numbers and a period, the institution cannot find the records.",
    measureType: "money_transfer_records",
    documentType: "annex",
  },
  {
    key: "bank_identifiers",
    labelFr: "Identifiants des comptes bancaires, et période",
    labelEn: "Bank account identifiers, and period",
    reasonFr: "Sans identifiant de compte ni période, la banque ne peut pas retrouver les relevés.",
    reasonEn: "Without account identifiers and a period, the bank cannot find the records.",
    measureType: "bank_records",
    documentType: "annex",
  },
  {
    key: "subscriber_identifiers",
    labelFr: "Identifiants et horodatages avec fuseau horaire",
    labelEn: "Identifiers and timestamps with time zone",
    reasonFr: "Une adresse IP ou un compte sans heure exacte et fuseau horaire ne désigne personne.",
    reasonEn: "An IP address or account without an exact time and time zone identifies no one.",
    measureType: "subscriber_data",
    documentType: "annex",
  },
  {
    key: "traffic_identifiers",
    labelFr: "Identifiants et horodatages des données de trafic",
    labelEn: "Identifiers and timestamps for traffic data",
    reasonFr: "Les données de trafic se recherchent par identifiant et plage horaire précise, fuseau compris.",
    reasonEn: "Traffic data are searched by identifier and a precise time range, time zone included.",
    measureType: "traffic_data",
    documentType: "annex",
  },
  {
    key: "minor_hearing_questions",
    labelFr: "Liste des questions à poser à la victime mineure",
    labelEn: "List of questions for the minor victim",
    reasonFr: "L'audition d'un enfant se prépare : questions écrites, une seule audition si possible.",
    reasonEn: "A child's hearing is prepared: written questions, a single hearing where possible.",
    measureType: "hearing_minor_victim",
    documentType: "annex",
  },
  {
    key: "minor_hearing_protection",
    labelFr: "Modalités de protection de l'enfant (enregistrement, personne de soutien)",
    labelEn: "Child-protection arrangements (recording, support person)",
    reasonFr: "Aux Philippines, la Rule on Examination of a Child Witness (2000) encadre l'audition ; il faut dire comment elle est enregistrée et qui accompagne l'enfant.",
    reasonEn: "In the Philippines the Rule on Examination of a Child Witness (2000) governs the hearing: say how it is recorded and who supports the child.",
    measureType: "hearing_minor_victim",
    documentType: "annex",
  },
  {
    key: "minor_hearing_translation",
    labelFr: "Traduction anglaise des questions",
    labelEn: "English translation of the questions",
    reasonFr: "Les questions sont posées par l'autorité philippine, en anglais ou en filipino.",
    reasonEn: "The questions are put by the Philippine authority, in English or Filipino.",
    countryCode: "PH",
    measureType: "hearing_minor_victim",
    documentType: "translation",
    documentLanguage: "en",
  },
  {
    key: "video_link_contact",
    labelFr: "Contact technique et dates proposées pour la visioconférence",
    labelEn: "Technical contact and proposed dates for the video link",
    reasonFr: "La visioconférence se fixe entre services techniques, en tenant compte du décalage horaire.",
    reasonEn: "A video link is set up between technical services, with the time difference in mind.",
    measureType: "video_link_testimony",
    documentType: "annex",
  },
  {
    key: "preservation_details",
    labelFr: "Éléments de l'article 29 (données, lien avec l'infraction, demande à venir)",
    labelEn: "Article 29 details (data, link to the offence, request to follow)",
    reasonFr: "Convention de Budapest art. 29(2) : autorité, infraction et faits, données à conserver et leur lien avec l'infraction, localisation, nécessité, intention de demander l'entraide.",
    reasonEn: "Budapest Convention art. 29(2): authority, offence and facts, data to preserve and their link to the offence, location, necessity, intent to request assistance.",
    measureType: "expedited_preservation",
    documentType: "annex",
  },
  // The measures of issue 14: arrest, children at risk, a victim's testimony in France.
  {
    key: "arrest_warrant",
    labelFr: "Mandat d'arrêt ou décision ordonnant l'arrestation",
    labelEn: "Arrest warrant or decision ordering the arrest",
    reasonFr: "L'État requis n'arrête une personne qu'au vu d'un titre : le mandat ou la décision, avec les faits qui la fondent et les textes applicables.",
    reasonEn: "The requested State arrests a person only on a warrant or decision, with the facts it rests on and the provisions that apply.",
    measureType: "arrest_of_suspects",
    documentType: "annex",
  },
  {
    key: "arrest_identification",
    labelFr: "Éléments d'identification des personnes à arrêter",
    labelEn: "Identification of the persons to arrest",
    reasonFr: "Signalement, photographies, adresses connues : sans eux, l'arrestation risque de viser une autre personne ou d'échouer.",
    reasonEn: "Description, photographs, known addresses: without them the arrest may target the wrong person or fail.",
    measureType: "arrest_of_suspects",
    documentType: "annex",
  },
  {
    key: "child_safeguarding_information",
    labelFr: "Éléments permettant de localiser et d'identifier les enfants",
    labelEn: "Information to locate and identify the children",
    reasonFr: "Lieux, descriptions, éléments tirés des vidéos (sans les images elles-mêmes) : les services de protection de l'enfance en ont besoin pour intervenir.",
    reasonEn: "Places, descriptions, information drawn from the videos (not the images themselves): the child-protection services need them to act.",
    measureType: "child_safeguarding",
    documentType: "annex",
  },
  {
    key: "victim_travel_consent",
    labelFr: "Accord de la victime et de ses représentants légaux au déplacement",
    labelEn: "Consent of the victim and of their legal representatives to the travel",
    reasonFr: "Une victime ne vient témoigner qu'avec son accord et, si elle est mineure, celui de ses représentants légaux.",
    reasonEn: "A victim comes to testify only with their consent and, for a minor, that of their legal representatives.",
    measureType: "victim_travel",
    documentType: "annex",
  },
];
