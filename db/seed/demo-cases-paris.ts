import {
  comment, d, deliver, hold, move, take, report, update, waive, type DemoCalendar, type DemoCase, type RequestFieldsInput,
} from "./demo-cases-story";

/**
 * The main demo case (docs/legal.md, "Demo scenario"): the Paris prosecutor's office, minors'
 * section, against a man living in France suspected of commissioning, paying for and
 * watching live-streamed sexual abuse of children in the Philippines (2023–2025), and its
 * requests to the Philippines. Names are fictitious; victims appear by initials and year
 * of birth only. Requests to the Philippines are written in English (docs/legal.md, "Legal
 * bases by country"); the requesting side's internal notes are in French.
 *
 * Statuses at seeding time: closed, withdrawn, partially_executed, information_requested,
 * in_execution, acknowledged (twice: the preservation, and the safeguarding of a child at
 * risk), in_review, draft (the supplementary request, and the arrests).
 */

export const PARIS_CASE_REFERENCE = "PARQUET 25.174.000318";

const SUSPECT = {
  role: "suspect",
  identity: "Michel EXEMPLE (fictitious name), born 1968",
  nationality: "French",
  location: "Paris, France",
} as const;
const V1 = { role: "victim", identity: "A.B., born 2014", nationality: "Filipino", location: "Philippines" } as const;
const V2 = { role: "victim", identity: "C.D., born 2012", nationality: "Filipino", location: "Philippines" } as const;
/** The association that joined the Paris proceedings as civil party. */
const ASSOCIATION = {
  role: "child_protection_association",
  identity: "Association « Enfance Protégée » (fictitious name), civil party since 2025",
  nationality: "French",
  location: "Paris, France",
} as const;

const BACKGROUND =
  "The Paris prosecutor's office (minors' section) is investigating Michel EXEMPLE (fictitious name), a French " +
  "national living in Paris, France. A report of the French financial intelligence unit (Tracfin) identified small, " +
  "recurring money transfers from France to several recipients in the Philippines between March 2023 and January 2025. " +
  "The investigation indicates that the suspect, from France, requested and paid for the live-streamed sexual abuse of " +
  "children in the Philippines, committed by adults living there, and watched it online. The children identified so " +
  "far were under 15 at the time of the facts.";

const HEARINGS_FACTS =
  BACKGROUND +
  "\n\nLink with the measures requested: two children identified by the Philippine authorities as victims of the abuse " +
  "streamed to the suspect are in the care of the Department of Social Welfare and Development. Their statements are " +
  "needed in the French proceedings. To avoid repeated questioning, a single recorded hearing of each child, conducted " +
  "under the Philippine safeguards for child witnesses, is requested.";

const OFFENCES =
  "Complicity in rape and sexual assault of minors under 15 committed abroad — French Criminal Code (Code pénal):\n" +
  "• art. 121-7: whoever knowingly aids or abets an offence, or instigates it by gift, promise, threat or order, or " +
  "gives instructions to commit it, is an accomplice; art. 121-6: the accomplice is punished as the principal.\n" +
  "• art. 222-23: rape — 15 years' imprisonment.\n" +
  "• art. 222-24 (2°): rape of a minor under 15 — 20 years' imprisonment.\n" +
  "• art. 227-23: offences relating to images of minors of a pornographic nature, including habitual viewing or " +
  "viewing in return for payment.\n" +
  "• art. 113-6 and 222-22 (last paragraph): French law applies to these offences committed abroad against a minor " +
  "by a French national or a person habitually resident in France.";

const CONTACT =
  "Claire Martin, vice-procureure, Parquet de Paris — section des mineurs; +33 1 00 00 00 00 (demo); " +
  "claire.martin@demo.example; Monday–Friday 09:00–18:00 Paris time (UTC+1, UTC+2 in summer); replies through the " +
  "French central authority (DACG/BEPI), with a copy by e-mail.";

/** Why the manager waived the documents of the requests sent before they were kept here (lib/checklists). */
const SENT_ON_PAPER =
  "Lettre signée, traduction anglaise et annexes remises au BEPI sur support papier ; pièces non versées dans l'application.";

const CONFIDENTIALITY =
  "The investigation is not known to the suspect. The victims are minors: their identities must not be disclosed " +
  "beyond the authorities executing the request.";

/** The fields shared by the requests to the Philippines (no bilateral treaty: Budapest art. 27 and reciprocity). */
const TO_PHILIPPINES = {
  requestedCountryCode: "PH",
  requestedAuthority: "Department of Justice — Office of Cybercrime (central authority for cybercrime matters)",
  legalBasis: "budapest_convention",
  legalBasisDetail:
    "Convention on Cybercrime (Budapest, 23 November 2001), art. 25 and 27 — no bilateral mutual legal assistance " +
    "treaty between France and the Philippines; France undertakes to grant reciprocity for requests of the same kind.",
  channel: "central_authority",
  confidential: true,
  confidentialityReasons: CONFIDENTIALITY,
  offencesAndPenalties: OFFENCES,
  contactPoint: CONTACT,
} as const satisfies Partial<RequestFieldsInput>;

export function demoCaseParis(cal: DemoCalendar): DemoCase {
  const trial = 140; // days from today
  const trialEn = cal.longDay(trial, "en");
  const preservationSent = 50; // days ago
  const preservationEnds = cal.longDay(-preservationSent, "fr", 60);

  return {
    unitCode: "FR-PARIS-MINORS",
    by: "magistrate",
    when: d(520, "09:15"),
    input: {
      reference: PARIS_CASE_REFERENCE,
      title: "EXEMPLE — abus sexuels sur mineurs commandés et diffusés en direct depuis les Philippines (2023–2025)",
      offences:
        "Complicité de viols et d'agressions sexuelles sur mineurs de quinze ans commis à l'étranger (C. pén., art. " +
        "121-6, 121-7, 222-22 dernier alinéa, 222-23, 222-24 2°, 113-6) ; consultation habituelle et en contrepartie " +
        "d'un paiement d'images de mineurs à caractère pornographique (art. 227-23).",
      hardDate: cal.isoDay(trial),
      hardDateLabel: "Audience de jugement — cour criminelle départementale de Paris",
    },
    requests: [
      // 1. Remittance company records: executed after a question on the transfer identifiers, then closed.
      {
        key: "ph-remittance",
        when: d(505, "08:40"),
        by: "magistrate",
        fields: () => ({
          ...TO_PHILIPPINES,
          summaryOfFacts:
            BACKGROUND +
            "\n\nLink with the measures requested: the transfers were sent through a remittance company from agencies " +
            "and its website in France, and collected in cash at outlets in the Philippines. The pay-out records " +
            "(recipient's identity document, outlet, date of collection) are held in the Philippines; they are needed to " +
            "identify the recipients and to link the payments with the abuse.",
        }),
        measures: [
          {
            type: "money_transfer_records",
            description:
              "Remittance company (named in Annex 1): records of the 47 transfers listed in Annex 2 (dates and amounts), " +
              "sent from France by Michel EXEMPLE and paid out in the Philippines between 1 March 2023 and 31 January 2025 — " +
              "for each: control number, date, amount, pay-out outlet, recipient's name, identity document presented, " +
              "contact details.",
            details: {
              institution: "Remittance company named in Annex 1",
              accounts: ["Sender: Michel EXEMPLE, born 1968 (registered customer)", "The 47 transfers listed in Annex 2"],
              periodFrom: "2023-03-01",
              periodTo: "2025-01-31",
              recordTypes: "Transfer records, pay-out records, copies of the identity documents presented",
            },
            justification:
              "The transfers were paid out in cash at outlets in the Philippines: the pay-out records, with the " +
              "identity documents the recipients presented, are held there by the remittance company.",
          },
          {
            type: "identification",
            description:
              "Identification of the recipients (identity, address) from the pay-out records, and whether they are known " +
              "to Philippine law enforcement.",
            justification:
              "The recipients collected the transfers in the Philippines on Philippine identity documents: only " +
              "the Philippine authorities can identify and locate them.",
          },
        ],
        persons: [SUSPECT],
        steps: [
          move(d(503, "10:10"), "magistrate", "submit"),
          move(d(501, "15:30"), "manager", "validate"),
          waive(d(497, "08:30"), "manager", SENT_ON_PAPER),
          move(d(497, "09:40"), "magistrate", "transmit", { channel: "central_authority" }),
          comment(d(497, "09:55"), "magistrate", "internal", "Transmise au BEPI pour acheminement à l'autorité centrale philippine (DOJ)."),
          take(d(455, "02:15"), "liaisonPh"),
          move(d(455, "02:15"), "liaisonPh", "acknowledge", { foreignReference: "OOC-MLA-2025-0412" }),
          move(d(446, "03:00"), "liaisonPh", "startExecution"),
          comment(
            d(446, "03:20"),
            "liaisonPh",
            "shared",
            "Referred to the Anti-Money Laundering Council for the remittance records, and to the NBI Cybercrime Division " +
              "for the identification of the recipients.",
          ),
          move(d(430, "02:40"), "liaisonPh", "requestInformation", {
            text:
              "Annex 2 lists the transfers by date and amount only. To retrieve the records, the remittance company needs " +
              "the control number of each transfer, or at least the sender's name as registered, his date of birth and the " +
              "sending agency in France. Please provide them.",
          }),
          move(d(421, "09:20"), "magistrate", "answerInformation", {
            text:
              "The control numbers of the 47 transfers, with the sender's name as registered, his date of birth and the " +
              "sending agencies, are listed in Annex 2-bis, sent today through the central authority and by e-mail to the " +
              "Office of Cybercrime.",
          }),
          report(
            d(323, "03:30"),
            "liaisonPh",
            0,
            "returned",
            "Certified records of the 47 transfers (March 2023 – January 2025) to three recipients, with pay-out details " +
              "and copies of the identity documents presented, sent through the central authority.",
          ),
          report(
            d(323, "03:50"),
            "liaisonPh",
            1,
            "returned",
            "Two of the three recipients identified: both are adults already under investigation in the Philippines. The " +
              "third recipient presented an identity document that could not be traced.",
          ),
          move(d(322, "04:10"), "liaisonPh", "reportExecution"),
          comment(
            d(315, "08:45"),
            "magistrate",
            "internal",
            "Pièces d'exécution reçues du BEPI (originaux certifiés), versées au dossier. Les deux bénéficiaires identifiés " +
              "sont poursuivis aux Philippines : voir la demande sur la procédure locale.",
          ),
          move(d(314, "09:15"), "magistrate", "close"),
        ],
      },

      // 2. Hearing of a witness: withdrawn once the person was charged in the Philippines.
      {
        key: "ph-witness",
        when: d(482, "14:00"),
        by: "magistrate",
        fields: () => ({
          ...TO_PHILIPPINES,
          summaryOfFacts:
            BACKGROUND +
            "\n\nLink with the measure requested: the person named W1 collected several of the transfers in the " +
            "Philippines. Her statement on her relationship with the sender and the purpose of the payments is needed.",
        }),
        measures: [
          {
            type: "hearing_witness",
            description:
              "Hearing of W1 as a witness on the questions in Annex 3 (relationship with the sender, purpose of the " +
              "payments received, use of the funds); written record in English.",
            justification:
              "W1 lives in the Philippines, where she collected several of the transfers: she can be heard only there.",
          },
        ],
        persons: [SUSPECT, { role: "witness", identity: "J.P. (initials), adult", nationality: "Filipino", location: "Philippines" }],
        steps: [
          move(d(480, "09:30"), "magistrate", "submit"),
          move(d(476, "16:00"), "manager", "validate"),
          waive(d(474, "09:00"), "manager", SENT_ON_PAPER),
          move(d(474, "10:20"), "magistrate", "transmit", { channel: "central_authority" }),
          take(d(440, "01:50"), "liaisonPh"),
          move(d(440, "01:50"), "liaisonPh", "acknowledge", { foreignReference: "OOC-MLA-2025-0436" }),
          comment(
            d(405, "02:30"),
            "liaisonPh",
            "shared",
            "Please note that the person named W1 has since been arrested and is now an accused in the Philippine " +
              "proceedings. Please advise whether the request is maintained.",
          ),
          move(d(398, "13:10"), "magistrate", "withdraw", {
            text:
              "Withdrawn: W1 is now an accused in the Philippine proceedings, so a hearing as a witness is no longer " +
              "appropriate. The information will be sought through our request on the local proceedings.",
          }),
          // Past the 12 months of Décret 2025-59: the magistrate keeps it for the trial in Paris.
          hold(
            d(30, "11:00"),
            "magistrate",
            "W1's own account of the transfers, given to the Philippine authorities, may be put to the suspect at trial " +
              "in Paris: the exchange is kept until the judgment is final.",
          ),
        ],
      },

      // 3. Information on the Philippine proceedings against the local adults: partially executed.
      {
        key: "ph-local-proceedings",
        when: d(470, "10:05"),
        by: "magistrate",
        fields: () => ({
          ...TO_PHILIPPINES,
          summaryOfFacts:
            BACKGROUND +
            "\n\nLink with the measures requested: in 2025 the Philippine authorities arrested adults suspected of the " +
            "abuse streamed to the suspect, and placed the children in care. The charges, the stage of those proceedings " +
            "and, in time, the judgment are needed to establish the principal offences committed in the Philippines, of " +
            "which the suspect is accused as an accomplice, and to coordinate the two prosecutions.",
        }),
        measures: [
          {
            type: "local_proceedings_information",
            description:
              "Information on the Philippine proceedings against the adults arrested in 2025 in connection with the abuse: " +
              "charges, court and case number, custody status, stage of the proceedings, next hearings.",
            justification:
              "The proceedings against the local adults are conducted by the Philippine prosecution and courts, " +
              "which alone hold their records.",
          },
          {
            type: "local_proceedings_information",
            description:
              "Certified copies of the charging documents and, when rendered, of the judgment, stating whether it is final.",
            justification:
              "The charging documents and the judgment are records of the Philippine court seised of the case.",
          },
        ],
        persons: [
          SUSPECT,
          { role: "suspect", identity: "R.D. (initials), adult", nationality: "Filipino", location: "Philippines (detained)" },
          V1,
          V2,
        ],
        steps: [
          move(d(468, "14:20"), "magistrate", "submit"),
          move(d(463, "09:10"), "manager", "validate"),
          waive(d(461, "09:30"), "manager", SENT_ON_PAPER),
          move(d(461, "11:00"), "magistrate", "transmit", { channel: "central_authority" }),
          take(d(418, "03:05"), "liaisonPh"),
          move(d(418, "03:05"), "liaisonPh", "acknowledge", { foreignReference: "OOC-MLA-2025-0447" }),
          move(d(410, "02:00"), "liaisonPh", "startExecution"),
          report(
            d(181, "02:45"),
            "liaisonPh",
            0,
            "returned",
            "Informations for violations of Republic Act No. 11930 (Anti-OSAEC and Anti-CSAEM Act) and Republic Act " +
              "No. 9208 as amended were filed against two adults before a Regional Trial Court; both are detained; the " +
              "trial is ongoing. Details in the certification sent through the central authority.",
          ),
          report(
            d(181, "03:00"),
            "liaisonPh",
            1,
            "in_progress",
            "Copies of the charging documents to follow; no judgment rendered yet.",
          ),
          move(d(180, "01:40"), "liaisonPh", "reportPartialExecution"),
          deliver(
            d(120, "02:30"),
            "liaisonPh",
            1,
            "First part: certified copy of the Information filed against the first accused, sent through the central " +
              "authority. The Information against the second accused and the judgment will follow.",
          ),
          comment(
            d(150, "08:30"),
            "magistrate",
            "shared",
            `Thank you. The French trial is set for ${trialEn}: a copy of the judgment, even if not yet final, would be ` +
              "most useful before that date.",
          ),
          comment(
            d(58, "02:10"),
            "liaisonPh",
            "shared",
            "Update: the trial of the accused continues. The decision will be transmitted as soon as it is rendered.",
          ),
        ],
      },

      // 4. E-wallet records: transmitted ~8 months ago; the Philippine side asks for the exact identifiers and period.
      {
        key: "ph-ewallet",
        when: d(272, "09:00"),
        by: "magistrate",
        fields: () => ({
          ...TO_PHILIPPINES,
          urgency: "urgent",
          urgencyReasons: `The records are needed before the French trial, set for ${trialEn}.`,
          summaryOfFacts:
            BACKGROUND +
            "\n\nLink with the measures requested: the remittance records obtained through our first request show that " +
            "from mid-2024 the payments moved to e-wallets: payments funded from a French bank card were credited to " +
            "e-wallet accounts registered to Philippine mobile numbers. The e-wallet provider, established in the " +
            "Philippines, holds the transaction records and the identity (know-your-customer) data of the account holders.",
        }),
        measures: [
          {
            type: "money_transfer_records",
            description:
              "E-wallet provider (named in Annex 1): records of the payments from France credited to the e-wallet accounts " +
              "linked to the mobile numbers listed in Annex 2, 2024–2025.",
            details: {
              institution: "E-wallet provider named in Annex 1",
              accounts: ["E-wallet accounts linked to the mobile numbers listed in Annex 2"],
              periodFrom: "2024-01-01",
              periodTo: "2025-03-31",
              recordTypes: "Statements of the accounts, for 2024 and for 2025; details of each incoming payment from France",
            },
            justification:
              "The e-wallet provider is established in the Philippines and holds the records of the payments " +
              "credited to these accounts.",
          },
          {
            type: "subscriber_data",
            description:
              "Know-your-customer data of the holders of those e-wallet accounts: identity, identity documents, registered " +
              "mobile numbers, addresses, opening dates, IP addresses and devices used at registration.",
            details: { provider: "E-wallet provider named in Annex 1", identifiers: ["Mobile numbers listed in Annex 2"], timeZone: "Asia/Manila (UTC+8)" },
            justification:
              "The know-your-customer data of Philippine e-wallet accounts are kept by the provider in the " +
              "Philippines.",
          },
        ],
        persons: [SUSPECT],
        steps: [
          move(d(268, "15:00"), "magistrate", "submit"),
          move(d(264, "10:30"), "manager", "validate"),
          comment(
            d(262, "11:00"),
            "magistrate",
            "internal",
            "Traduction anglaise commandée ; transmission au BEPI dès réception.",
          ),
          waive(
            d(245, "09:00"),
            "manager",
            "Traduction anglaise reçue ce jour et jointe à la lettre signée ; lettre, traduction et annexes remises au BEPI " +
              "sur support papier, non versées dans l'application.",
          ),
          move(d(245, "09:50"), "magistrate", "transmit", { channel: "central_authority" }),
          take(d(203, "02:20"), "liaisonPh"),
          move(d(203, "02:20"), "liaisonPh", "acknowledge", { foreignReference: "OOC-MLA-2026-0158" }),
          move(d(190, "03:10"), "liaisonPh", "startExecution"),
          comment(
            d(190, "03:30"),
            "liaisonPh",
            "shared",
            "An application for a court warrant to disclose the data is being prepared.",
          ),
          move(d(41, "02:50"), "liaisonPh", "requestInformation", {
            text:
              "The court requires the transactions to be identified precisely. Please provide the exact transaction " +
              "reference numbers of the payments from France, the e-wallet accounts or mobile numbers credited, and the " +
              "exact period (first and last dates) for which records are sought: the request only refers to 2024–2025.",
          }),
          comment(
            d(38, "10:15"),
            "magistrate",
            "internal",
            "Demande de précisions transmise à l'OFMIN : liste des références de transactions attendue (relevés de la carte " +
              "bancaire du mis en cause).",
          ),
          comment(
            d(12, "16:40"),
            "manager",
            "internal",
            "À traiter en priorité : le délai côté philippin est suspendu tant que nous n'avons pas répondu, et l'audience " +
              "approche.",
          ),
        ],
      },

      // 5. Hearings of the child victims by video link: returned once for completion, now in execution.
      {
        key: "ph-hearings",
        when: d(205, "09:30"),
        by: "magistrate",
        fields: () => ({
          ...TO_PHILIPPINES,
          urgency: "urgent",
          urgencyReasons: `The French trial is set for ${trialEn}; the recorded hearings must be available to the court and the parties beforehand.`,
          targetDate: cal.isoDay(trial - 60),
          summaryOfFacts: HEARINGS_FACTS,
        }),
        measures: [
          {
            type: "hearing_minor_victim",
            description:
              "Hearing of V1 (born 2014) by video link, the Paris investigators attending, under the Rule on Examination " +
              "of a Child Witness (A.M. No. 004-07-SC, 2000): questions put through a trained interviewer, support person " +
              "present, audio-video recording; questions in Annex 3.",
            details: {
              questions: [
                "How do you know the adult who filmed you?",
                "Who else was in the room during the calls?",
                "Did you receive anything after the calls?",
              ],
              recording: "audio_video",
              psychologist: true,
              videoLink: true,
              hearingDate: cal.isoDay(-30),
            },
            justification:
              "V1 lives in the Philippines, in the care of the Department of Social Welfare and Development: she " +
              "can be heard only there.",
          },
          {
            type: "hearing_minor_victim",
            description: "Hearing of V2 (born 2012) under the same conditions; questions in Annex 3.",
            details: { recording: "audio_video", psychologist: true, videoLink: true },
            justification:
              "V2 lives in the Philippines, in the care of the Department of Social Welfare and Development: she " +
              "can be heard only there.",
          },
        ],
        persons: [SUSPECT, V1, V2],
        steps: [
          move(d(202, "10:00"), "magistrate", "submit"),
          move(d(198, "14:30"), "manager", "returnToDraft", {
            text:
              "Préciser les modalités pratiques : interprète, personne de soutien, créneaux compatibles avec le décalage " +
              "horaire, et remise de l'enregistrement.",
          }),
          update(d(197, "09:20"), "magistrate", () => ({
            summaryOfFacts:
              HEARINGS_FACTS +
              "\n\nPractical arrangements: interpretation into the child's language by an interpreter designated by the " +
              "requested side; a support person of the child's choice or a social worker present; video link on weekday " +
              "mornings, Paris time (afternoon in Manila); the recording and a transcript to be returned through the " +
              "central authority.",
          })),
          move(d(197, "10:30"), "magistrate", "submit"),
          move(d(196, "15:10"), "manager", "validate"),
          waive(d(194, "08:45"), "manager", SENT_ON_PAPER),
          move(d(194, "09:45"), "magistrate", "transmit", { channel: "central_authority" }),
          take(d(152, "01:30"), "liaisonPh"),
          move(d(152, "01:30"), "liaisonPh", "acknowledge", { foreignReference: "OOC-MLA-2026-0277" }),
          move(d(140, "02:15"), "liaisonPh", "startExecution"),
          comment(
            d(75, "03:00"),
            "liaisonPh",
            "shared",
            "The hearing of V1 is scheduled with a social worker of the Department of Social Welfare and Development as " +
              "support person. Please confirm the connection details for the video link.",
          ),
          comment(
            d(73, "08:50"),
            "magistrate",
            "shared",
            "Connection details sent today by e-mail to the Office of Cybercrime; the Paris investigators will attend.",
          ),
          report(
            d(30, "04:00"),
            "liaisonPh",
            0,
            "returned",
            "Hearing of V1 conducted by video link under the Rule on Examination of a Child Witness; recording and " +
              "transcript sent through the central authority.",
          ),
          report(
            d(30, "04:10"),
            "liaisonPh",
            1,
            "in_progress",
            "Hearing of V2 postponed on the advice of the social worker; a new date will be proposed.",
          ),
        ],
      },

      // 6. Expedited preservation (Budapest art. 29) through the 24/7 network: acknowledged ~50 days ago.
      {
        key: "ph-preservation",
        when: d(preservationSent + 1, "08:30"),
        by: "magistrate",
        fields: () => ({
          ...TO_PHILIPPINES,
          requestedAuthority: "Department of Justice — Office of Cybercrime (24/7 point of contact)",
          legalBasisDetail:
            "Convention on Cybercrime, art. 29 (expedited preservation of stored computer data), sent through the 24/7 " +
            "network (art. 35). A request for disclosure of the preserved data will follow; preservation is for at least " +
            "60 days (art. 29(7)).",
          channel: "direct",
          urgency: "very_urgent",
          urgencyReasons: "Traffic data held by service providers may be deleted at any time.",
          summaryOfFacts:
            "Investigation of the Paris prosecutor's office (minors' section) into the commissioning from France, and " +
            "payment, of live-streamed sexual abuse of children in the Philippines (2023–2025), case " +
            `${PARIS_CASE_REFERENCE}. The Philippine mobile numbers listed in Annex 1 were used by the adults who streamed ` +
            "the abuse to the suspect. Their subscriber and traffic data must be preserved until the request for " +
            "disclosure is received.",
        }),
        measures: [
          {
            type: "expedited_preservation",
            description:
              "Preservation of the subscriber information and traffic data (including IP connection logs) of the mobile " +
              "numbers listed in Annex 1, held by Philippine telecommunications providers, for 1 January 2024 – 31 March 2025.",
            details: {
              provider: "The Philippine mobile network operators of the numbers listed in Annex 1",
              accounts: ["Mobile numbers listed in Annex 1"],
              dataCategories: ["subscriber", "traffic"],
              // Budapest art. 29(7): at least 60 days from the request.
              preserveUntil: cal.isoDay(-preservationSent + 60),
            },
            justification:
              "The numbers are Philippine mobile numbers: their subscriber and traffic data are held by " +
              "Philippine providers.",
          },
        ],
        persons: [SUSPECT],
        steps: [
          move(d(preservationSent + 1, "10:40"), "magistrate", "submit"),
          move(d(preservationSent + 1, "15:20"), "manager", "validate"),
          waive(
            d(preservationSent + 1, "15:40"),
            "manager",
            "Urgence : demande de conservation adressée en anglais au point de contact 24/7 (art. 35) par courriel, hors " +
              "application, sur le modèle T-CY de l'article 29 qui tient lieu de lettre ; la demande de communication suivra.",
          ),
          move(d(preservationSent, "08:15"), "magistrate", "transmit", { channel: "direct" }),
          take(d(preservationSent - 2, "01:45"), "liaisonPh"),
          move(d(preservationSent - 2, "01:45"), "liaisonPh", "acknowledge", { foreignReference: "OOC-PRES-2026-0093" }),
          report(
            d(preservationSent - 2, "02:10"),
            "liaisonPh",
            0,
            "in_progress",
            "Preservation orders served on the providers concerned; confirmation awaited from one of them.",
          ),
          comment(
            d(preservationSent - 2, "08:40"),
            "magistrate",
            "internal",
            `Conservation accusée par le DOJ. La demande de communication (art. 31) doit être transmise avant le ${preservationEnds}.`,
          ),
        ],
      },

      // 7. The request for disclosure that must follow the preservation: awaiting review.
      {
        key: "ph-disclosure",
        when: d(20, "10:00"),
        by: "magistrate",
        fields: (refs) => ({
          ...TO_PHILIPPINES,
          legalBasisDetail:
            "Convention on Cybercrime, art. 27 and 31 (mutual assistance regarding accessing of stored computer data) — " +
            `follow-up to the preservation request ${refs("ph-preservation")} (Philippine reference OOC-PRES-2026-0093); ` +
            "France undertakes to grant reciprocity for requests of the same kind.",
          urgency: "very_urgent",
          urgencyReasons: `The preservation of the data expires on ${cal.longDay(-preservationSent, "en", 60)}.`,
          summaryOfFacts:
            BACKGROUND +
            "\n\nLink with the measures requested: the Philippine mobile numbers listed in Annex 1, preserved at our " +
            "request, were used by the adults who streamed the abuse to the suspect. Their subscriber data and connection " +
            "logs will identify those adults and show when the streams took place, to be compared with the suspect's " +
            "payments and connections in France.",
        }),
        measures: [
          {
            type: "subscriber_data",
            description: "Subscriber information of the mobile numbers listed in Annex 1 (data preserved under OOC-PRES-2026-0093).",
            details: { provider: "Philippine mobile network operators", identifiers: ["Mobile numbers listed in Annex 1"], timeZone: "Asia/Manila (UTC+8)" },
            justification:
              "The numbers are Philippine mobile numbers: their subscriber data are held, and preserved at our " +
              "request, by Philippine providers.",
          },
          {
            type: "traffic_data",
            description: "Traffic data, including IP connection logs, of the same numbers, 1 January 2024 – 31 March 2025.",
            details: {
              provider: "Philippine mobile network operators",
              identifiers: ["Mobile numbers listed in Annex 1"],
              periodFrom: "2024-01-01",
              periodTo: "2025-03-31",
              timeZone: "Asia/Manila (UTC+8)",
            },
            justification:
              "The connection logs of Philippine numbers are held by the Philippine providers that preserved them.",
          },
        ],
        persons: [SUSPECT],
        steps: [
          comment(d(16, "14:00"), "magistrate", "internal", "Projet prêt ; traduction anglaise reçue et jointe."),
          move(d(2, "09:30"), "magistrate", "submit"),
        ],
      },

      // 8. Supplementary to the hearings request: the victims' testimony at the trial in Paris. Still a draft.
      {
        key: "ph-trial-testimony",
        parent: "ph-hearings",
        when: d(6, "15:00"),
        by: "magistrate",
        fields: (refs) => ({
          urgencyReasons: `The French trial is set for ${trialEn}.`,
          targetDate: cal.isoDay(trial - 21),
          summaryOfFacts:
            BACKGROUND +
            `\n\nThis request supplements request ${refs("ph-hearings")} (Philippine reference OOC-MLA-2026-0277). The ` +
            `French court sits from ${trialEn}. If the court orders it, V1 and V2 are to testify at the trial by video ` +
            "link from the Philippines, with the same safeguards as for their hearings; alternatively, if they and their " +
            "legal representatives so wish, they may travel to Paris with an accompanying person.",
        }),
        measures: [
          {
            type: "video_link_testimony",
            description:
              "Testimony of V1 and V2 at the trial in Paris by video link from the Philippines, with a support person and " +
              "an interpreter, under the Rule on Examination of a Child Witness.",
            details: { recording: "audio_video", psychologist: true, videoLink: true, hearingDate: cal.isoDay(trial) },
            justification:
              "V1 and V2 live in the Philippines: they can testify only from there, with the Philippine " +
              "authorities' assistance.",
          },
          {
            type: "victim_travel",
            description:
              "Alternatively: travel of V1 and V2 with an accompanying person to testify in Paris — consent of their legal " +
              "representatives, assessment by the Department of Social Welfare and Development, travel documents.",
            details: {
              travel: "Manila – Paris return flights for V1, V2 and one accompanying person, at the expense of the French State; arrival three days before the hearing.",
              escort: "A social worker of the Department of Social Welfare and Development, and a French victim-support association on arrival.",
              interpreter: "Cebuano",
              testimonyDate: cal.isoDay(trial),
            },
            justification:
              "The victims live in the Philippines: their travel needs the consent and assessment of the " +
              "Philippine authorities and Philippine travel documents.",
          },
        ],
        persons: [V1, V2],
        steps: [],
      },

      // 9. A child still at risk: seen in streams of early 2025, not yet found. Urgent by rule; acknowledged at once.
      {
        key: "ph-safeguarding",
        when: d(4, "08:30"),
        by: "magistrate",
        fields: () => ({
          ...TO_PHILIPPINES,
          urgency: "very_urgent",
          urgencyReasons:
            "A child seen in the streams of January 2025 has not been found: she may still be in the hands of the adult " +
            "who abused her.",
          summaryOfFacts:
            BACKGROUND +
            "\n\nLink with the measure requested: the analysis of the suspect's devices shows a third child (V3), about 8 " +
            "years old, in streams of January 2025 that the suspect paid for. The child has not been identified by the " +
            "Philippine authorities; the adult who streamed the abuse used a room in the barangay described in Annex 1.",
        }),
        measures: [
          {
            type: "child_safeguarding",
            description:
              "Identification of V3 from the descriptions in Annex 1 and, once found, her placement in the care of the " +
              "Department of Social Welfare and Development, a medical examination, and information to the Paris " +
              "prosecutor's office.",
            justification: "V3 was streamed from the Philippines, where she is believed to live still.",
            details: {
              place: "Barangay described in Annex 1 (Lapu-Lapu City, Cebu): the room seen in the streams of January 2025.",
              protection:
                "Placement with the Department of Social Welfare and Development; medical examination; no contact with the " +
                "adult who streamed the abuse.",
            },
          },
        ],
        persons: [
          SUSPECT,
          { role: "victim", identity: "V3, girl aged about 8, not identified", nationality: "Filipino (presumed)", location: "Cebu, Philippines", childAtRisk: true },
          ASSOCIATION,
        ],
        steps: [
          move(d(4, "10:00"), "magistrate", "submit"),
          move(d(4, "11:30"), "manager", "validate"),
          waive(
            d(4, "12:00"),
            "manager",
            "Urgence : enfant en danger ; lettre et annexes adressées par courriel au point de contact du DOJ, la lettre " +
              "signée suit sur support papier.",
          ),
          move(d(4, "13:00"), "magistrate", "transmit", { channel: "central_authority" }),
          take(d(3, "01:30"), "liaisonPh"),
          move(d(3, "01:30"), "liaisonPh", "acknowledge", { foreignReference: "OOC-MLA-2026-0391" }),
        ],
      },

      // 10. The arrest of the adult who streamed the abuse, with a search of the room: a draft.
      {
        key: "ph-arrests",
        when: d(3, "09:00"),
        by: "magistrate",
        fields: () => ({
          ...TO_PHILIPPINES,
          urgency: "urgent",
          urgencyReasons: "The adult who streamed the abuse is still active and may leave the address known to us.",
          summaryOfFacts:
            BACKGROUND +
            "\n\nLink with the measures requested: the subscriber data obtained for the mobile numbers in Annex 1 " +
            "identify R.S. (initials), an adult living in Lapu-Lapu City, as the person who streamed the abuse to the " +
            "suspect. His arrest, and the search of the room seen in the streams, are to be coordinated with the " +
            "safeguarding of V3.",
        }),
        measures: [
          {
            type: "arrest_of_suspects",
            description: "Arrest of R.S. under a warrant of the competent Philippine court, coordinated with the Paris investigators.",
            justification: "R.S. lives in the Philippines; only the Philippine authorities can arrest him.",
            details: {
              place: "Lapu-Lapu City, Cebu: the address in Annex 1",
              coordinationDate: cal.isoDay(21),
            },
          },
          {
            type: "search_and_seizure",
            description: "Search of the room seen in the streams, and seizure of the devices and mobile telephones found there.",
            justification: "The room and the devices used for the streams are in the Philippines.",
            details: { place: "The room at the address in Annex 1", coordinationDate: cal.isoDay(21) },
          },
        ],
        persons: [
          SUSPECT,
          { role: "suspect", identity: "R.S. (initials), adult", nationality: "Filipino", location: "Lapu-Lapu City, Philippines" },
          ASSOCIATION,
        ],
        steps: [comment(d(2, "17:00"), "magistrate", "internal", "Date de coordination à confirmer avec l'OFMIN et l'attaché de sécurité intérieure.")],
      },
    ],
  };
}

