import { PARIS_CASE_REFERENCE } from "./demo-cases-paris";
import { comment, d, move, take, report, waive, type DemoCalendar, type DemoCase } from "./demo-cases-story";

/**
 * The other demo cases (docs/legal.md, "Demo scenario" and "Legal bases by country"): three
 * similar Paris cases with a request each to Colombia (bilateral convention of 21 March
 * 1997, in Spanish), Madagascar (1973 cooperation agreement) and Romania (European
 * Investigation Order), and the Philippine prosecution of the local adults, with its
 * request to France for the suspect's bank records. Names are fictitious.
 *
 * Statuses at seeding time: executed (CO), transmitted and waiting for ~8 months (MG),
 * validated (RO), in_execution (PH → FR).
 */

const PARIS_CONTACT =
  "Claire Martin, vice-procureure, Parquet de Paris — section des mineurs; +33 1 00 00 00 00 (demo); " +
  "claire.martin@demo.example; lundi–vendredi 09:00–18:00, heure de Paris.";

const CONFIDENTIALITE =
  "Enquête en cours, non connue du mis en cause. Les victimes sont mineures : leur identité ne doit pas être divulguée " +
  "au-delà des autorités chargées de l'exécution.";

const QUALIFICATION =
  "Complicité de viols et d'agressions sexuelles sur mineurs de quinze ans commis à l'étranger (C. pén., art. 121-6, " +
  "121-7, 222-22 dernier alinéa, 222-23, 222-24 2°, 113-6) ; consultation habituelle et en contrepartie d'un paiement " +
  "d'images de mineurs à caractère pornographique (art. 227-23).";

const PEINES =
  QUALIFICATION +
  "\nPeines encourues : viol (art. 222-23), quinze ans de réclusion criminelle ; viol sur mineur de quinze ans " +
  "(art. 222-24 2°), vingt ans de réclusion criminelle ; le complice est puni comme auteur (art. 121-6).";

export function demoCasesOtherCountries(cal: DemoCalendar): DemoCase[] {
  return [colombia(), madagascar(), romania(), philippinesToFrance(cal)];
}

/** Colombia: bilateral convention of 21 March 1997; request in Spanish. Executed, waiting to be closed. */
function colombia(): DemoCase {
  return {
    unitCode: "FR-PARIS-MINORS",
    by: "magistrate",
    when: d(338, "10:00"),
    input: {
      reference: "PARQUET 25.351.000052",
      title: "SPECIMEN — abus sexuels sur mineurs commandés et diffusés en direct depuis la Colombie",
      offences: QUALIFICATION,
    },
    requests: [
      {
        key: "co-transfers",
        when: d(322, "09:10"),
        by: "magistrate",
        fields: () => ({
          requestedCountryCode: "CO",
          requestedAuthority: "Fiscalía General de la Nación — Dirección de Asuntos Internacionales",
          legalBasis: "bilateral_convention",
          legalBasisDetail:
            "Convenio bilateral de asistencia judicial en materia penal entre Francia y Colombia, de 21 de marzo de 1997. " +
            "Solicitud y anexos traducidos al español.",
          channel: "central_authority",
          confidential: true,
          confidentialityReasons:
            "Investigación en curso, desconocida por el investigado. Las víctimas son menores de edad: su identidad no debe " +
            "divulgarse fuera de las autoridades encargadas de la ejecución.",
          summaryOfFacts:
            "La Fiscalía de París (sección de menores) investiga a Bernard SPECIMEN (nombre ficticio), de nacionalidad " +
            "francesa y residente en Francia, sospechoso de haber encargado, pagado y visto en directo, entre 2023 y 2025, " +
            "abusos sexuales cometidos en Colombia contra menores de quince años por adultos residentes en ese país. La " +
            "unidad de inteligencia financiera francesa (Tracfin) señaló transferencias pequeñas y repetidas desde Francia " +
            "hacia Colombia.\n\nRelación con las medidas solicitadas: los registros de pago de esas transferencias y los " +
            "procesos abiertos en Colombia contra los adultos se encuentran en Colombia; permitirán identificar a los " +
            "beneficiarios y vincular los pagos con los abusos.",
          offencesAndPenalties:
            "Complicidad en violación y agresiones sexuales a menores de quince años cometidas en el extranjero — Código " +
            "Penal francés: art. 121-6 y 121-7 (complicidad; el cómplice es castigado como autor), art. 222-23 (violación: " +
            "quince años de prisión), art. 222-24 2° (violación de un menor de quince años: veinte años de prisión), " +
            "art. 227-23 (imágenes de menores de carácter pornográfico), art. 113-6 y 222-22 último párrafo (aplicación de " +
            "la ley francesa a los hechos cometidos en el extranjero por un nacional francés).",
          contactPoint: PARIS_CONTACT,
        }),
        measures: [
          {
            type: "money_transfer_records",
            description:
              "Registros de las transferencias enviadas desde Francia por el investigado a los beneficiarios indicados en el " +
              "anexo 2 (2023–2025): fecha, importe, beneficiario, documento de identidad presentado, punto de pago.",
            justification:
              "Las transferencias se cobraron en Colombia: los registros de pago y la identidad de los " +
              "beneficiarios están en poder de la empresa remesadora en Colombia.",
          },
          {
            type: "local_proceedings_information",
            description:
              "Información sobre los procesos penales abiertos en Colombia contra los adultos señalados como autores de los " +
              "abusos: delitos imputados, estado del proceso, medidas de aseguramiento.",
            justification:
              "Los procesos contra los adultos se tramitan ante las autoridades judiciales colombianas, que " +
              "conservan sus expedientes.",
          },
        ],
        persons: [
          {
            role: "suspect",
            identity: "Bernard SPECIMEN (nombre ficticio), nacido en 1975",
            nationality: "francesa",
            location: "Lyon, Francia",
          },
          { role: "victim", identity: "E.F., nacida en 2013", nationality: "colombiana", location: "Colombia" },
        ],
        steps: [
          move(d(320, "14:30"), "magistrate", "submit"),
          move(d(316, "10:15"), "manager", "validate"),
          waive(
            d(314, "08:30"),
            "manager",
            "Lettre signée, traduction espagnole et annexes remises au BEPI sur support papier ; pièces non versées dans l'application.",
          ),
          move(d(314, "09:30"), "magistrate", "transmit", { channel: "central_authority" }),
          take(d(283, "15:20"), "liaisonCo"),
          move(d(283, "15:20"), "liaisonCo", "acknowledge", { foreignReference: "FGN-DAI-2026-00871" }),
          move(d(276, "16:00"), "liaisonCo", "startExecution"),
          comment(
            d(276, "16:15"),
            "liaisonCo",
            "shared",
            "Solicitud asignada a una fiscalía delegada. Los registros de transferencias se han requerido a la empresa " +
              "remesadora.",
          ),
          report(
            d(150, "15:40"),
            "liaisonCo",
            0,
            "returned",
            "Registros de 31 transferencias (2023–2025) remitidos por conducto de la autoridad central.",
          ),
          move(d(150, "17:10"), "liaisonCo", "reportPartialExecution"),
          report(
            d(26, "16:30"),
            "liaisonCo",
            1,
            "returned",
            "Dos adultos imputados; medida de aseguramiento en establecimiento carcelario; juicio pendiente. Certificación " +
              "remitida por conducto de la autoridad central.",
          ),
          move(d(25, "15:00"), "liaisonCo", "reportExecution"),
          comment(
            d(20, "09:40"),
            "magistrate",
            "internal",
            "Pièces d'exécution reçues ; traduction en cours. Clôturer après versement au dossier.",
          ),
        ],
      },
    ],
  };
}

/** Madagascar: 1973 cooperation agreement, minister to minister. Transmitted about eight months ago, no reply. */
function madagascar(): DemoCase {
  return {
    unitCode: "FR-PARIS-MINORS",
    by: "magistrate",
    when: d(275, "11:00"),
    input: {
      reference: "PARQUET 26.027.000109",
      title: "MODELE — abus sexuels sur mineurs commandés et diffusés en direct depuis Madagascar",
      offences: QUALIFICATION,
    },
    requests: [
      {
        key: "mg-transfers",
        when: d(262, "10:20"),
        by: "magistrate",
        fields: () => ({
          requestedCountryCode: "MG",
          requestedAuthority: "Ministère de la Justice de Madagascar",
          legalBasis: "bilateral_convention",
          legalBasisDetail:
            "Accord de coopération en matière de justice entre la République française et la République malgache (1973) ; " +
            "transmission de ministère de la Justice à ministère de la Justice.",
          channel: "central_authority",
          confidential: true,
          confidentialityReasons: CONFIDENTIALITE,
          summaryOfFacts:
            "Le parquet de Paris (section des mineurs) enquête sur Alain MODELE (nom fictif), de nationalité française, " +
            "demeurant en France, soupçonné d'avoir commandé, payé et regardé en direct, entre 2023 et 2025, des abus " +
            "sexuels commis à Madagascar sur des mineurs de quinze ans par des adultes résidant à Madagascar. Des " +
            "transferts d'argent réguliers de faible montant ont été adressés depuis la France à deux bénéficiaires à " +
            "Madagascar.\n\nLien avec les mesures demandées : les registres de paiement des transferts et l'identité des " +
            "bénéficiaires sont détenus à Madagascar ; ils permettront d'identifier les adultes auteurs des abus et de " +
            "rattacher les paiements aux faits.",
          offencesAndPenalties: PEINES,
          contactPoint: PARIS_CONTACT,
        }),
        measures: [
          {
            type: "money_transfer_records",
            description:
              "Registres des transferts reçus à Madagascar (liste en annexe 2 : dates, montants, agences d'envoi) : identité " +
              "et pièce d'identité des bénéficiaires, lieu et date du retrait.",
            justification:
              "Les transferts ont été retirés à Madagascar : les registres de paiement et les pièces d'identité " +
              "des bénéficiaires y sont conservés.",
          },
          {
            type: "identification",
            description: "Identification et localisation des bénéficiaires.",
            justification:
              "Les bénéficiaires ont retiré les fonds à Madagascar, où ils résident selon les éléments de l'enquête.",
          },
          {
            type: "local_proceedings_information",
            description: "Existence d'une procédure ouverte à Madagascar pour ces faits et, le cas échéant, son état.",
            justification:
              "Une procédure visant les auteurs des abus relève des autorités judiciaires malgaches.",
          },
        ],
        persons: [
          { role: "suspect", identity: "Alain MODELE (nom fictif), né en 1971", nationality: "française", location: "Marseille, France" },
        ],
        steps: [
          move(d(258, "15:10"), "magistrate", "submit"),
          move(d(254, "09:50"), "manager", "validate"),
          waive(
            d(241, "09:30"),
            "manager",
            "Lettre signée et annexes remises au BEPI sur support papier ; pièces non versées dans l'application.",
          ),
          move(d(241, "10:30"), "magistrate", "transmit", { channel: "central_authority" }),
          comment(
            d(241, "10:45"),
            "magistrate",
            "internal",
            "Transmise au BEPI pour acheminement au ministère de la Justice malgache.",
          ),
          comment(d(150, "14:20"), "manager", "internal", "Relance adressée par le BEPI au ministère de la Justice malgache ; sans réponse à ce jour."),
          comment(
            d(60, "11:05"),
            "magistrate",
            "internal",
            "Seconde relance. L'attaché de sécurité intérieure de l'ambassade de France à Antananarivo a été sollicité pour " +
              "vérifier la bonne réception de la demande.",
          ),
        ],
      },
    ],
  };
}

/** Romania: European Investigation Order (Directive 2014/41/EU), direct between judicial authorities. Validated. */
function romania(): DemoCase {
  return {
    unitCode: "FR-PARIS-MINORS",
    by: "magistrate",
    when: d(40, "09:00"),
    input: {
      reference: "PARQUET 26.288.000231",
      title: "FICTIF — abus sexuels sur mineurs commandés et diffusés en direct depuis la Roumanie",
      offences: QUALIFICATION,
    },
    requests: [
      {
        key: "ro-eio",
        when: d(15, "10:00"),
        by: "magistrate",
        fields: () => ({
          requestedCountryCode: "RO",
          requestedAuthority: "Parchetul de pe lângă Curtea de Apel București",
          legalBasis: "european_investigation_order",
          legalBasisDetail:
            "Décision d'enquête européenne — directive 2014/41/UE du 3 avril 2014 ; formulaire de l'annexe A, avec sa " +
            "traduction en roumain.",
          channel: "direct",
          confidential: true,
          confidentialityReasons: CONFIDENTIALITE,
          summaryOfFacts:
            "Le parquet de Paris (section des mineurs) enquête sur Henri FICTIF (nom fictif), de nationalité française, " +
            "demeurant en France, soupçonné d'avoir commandé, payé et regardé en direct, entre 2023 et 2025, des abus " +
            "sexuels commis en Roumanie sur des mineurs de quinze ans par un adulte résidant en Roumanie. Les paiements ont " +
            "été faits par virements vers un compte ouvert dans une banque roumaine.\n\nLien avec les mesures demandées : " +
            "le compte bénéficiaire et les numéros de téléphone utilisés pour organiser les diffusions relèvent de " +
            "prestataires établis en Roumanie.",
          offencesAndPenalties: PEINES,
          contactPoint: PARIS_CONTACT,
        }),
        measures: [
          {
            type: "bank_records",
            description:
              "Relevés du compte bancaire roumain désigné en annexe 2, crédité par des virements depuis la France " +
              "(2023–2025) : identité du titulaire, documents d'ouverture, relevés.",
            justification:
              "Le compte bénéficiaire est ouvert dans une banque établie en Roumanie, qui détient les relevés et " +
              "les documents d'ouverture.",
          },
          {
            type: "subscriber_data",
            description: "Données d'abonné des numéros de téléphone roumains listés en annexe 3.",
            justification:
              "Les numéros sont roumains : les données d'abonné sont détenues par des opérateurs établis en Roumanie.",
          },
          {
            type: "local_proceedings_information",
            description: "Existence et état d'une procédure ouverte en Roumanie contre le titulaire du compte.",
            justification:
              "Une procédure visant le titulaire du compte relèverait des autorités judiciaires roumaines.",
          },
        ],
        persons: [
          { role: "suspect", identity: "Henri FICTIF (nom fictif), né en 1980", nationality: "française", location: "Lille, France" },
        ],
        steps: [
          move(d(9, "14:40"), "magistrate", "submit"),
          move(d(5, "10:20"), "manager", "validate"),
          comment(
            d(5, "10:30"),
            "manager",
            "internal",
            "Validée. Joindre la traduction roumaine certifiée avant transmission directe à l'autorité d'exécution.",
          ),
        ],
      },
    ],
  };
}

/**
 * The Philippine prosecution of the local adults asks France for the bank records of the
 * French suspect: the same request object with the sides swapped. In execution in France.
 */
function philippinesToFrance(cal: DemoCalendar): DemoCase {
  return {
    unitCode: "PH-DOJ-OOC",
    by: "magistratePh",
    when: d(112, "01:30"),
    input: {
      reference: "OOC-CASE-2025-0417",
      title: "People v. R.D. et al. — online sexual abuse and exploitation of children (customer in France)",
      offences:
        "Violations of Republic Act No. 11930 (Anti-Online Sexual Abuse or Exploitation of Children and Anti-Child " +
        "Sexual Abuse or Exploitation Materials Act) and of Republic Act No. 9208 as amended by Republic Act No. 10364 " +
        "(Expanded Anti-Trafficking in Persons Act of 2012).",
      hardDate: cal.isoDay(75),
      hardDateLabel: "Trial hearing — presentation of the prosecution's evidence (Regional Trial Court)",
    },
    requests: [
      {
        key: "ph-fr-bank",
        when: d(110, "02:00"),
        by: "magistratePh",
        fields: () => ({
          requestedCountryCode: "FR",
          requestedAuthority: "Ministère de la Justice — DACG, bureau de l'entraide pénale internationale (BEPI)",
          legalBasis: "reciprocity",
          legalBasisDetail:
            "No mutual legal assistance treaty between the Philippines and France: request made on the basis of " +
            "reciprocity. French translation attached.",
          channel: "central_authority",
          confidential: true,
          confidentialityReasons:
            "The person whose records are sought is also under investigation in France and is not aware of it. The victims " +
            "are minors.",
          summaryOfFacts:
            "The Department of Justice is prosecuting two adults (R.D. and another, initials only) before a Regional Trial " +
            "Court for the online sexual abuse and exploitation of children committed in the Philippines in 2023–2025. The " +
            "evidence shows that the abuse was streamed live to a customer in France, identified by the French authorities " +
            "as Michel EXEMPLE (fictitious name), who paid for it through small recurring transfers (French case " +
            `${PARIS_CASE_REFERENCE}, Paris prosecutor's office).\n\nLink with the measures requested: to prove the ` +
            "payments received by the accused, the prosecution needs the records of the French bank accounts from which " +
            "the transfers were funded.",
          offencesAndPenalties:
            "Republic Act No. 11930 (Anti-OSAEC and Anti-CSAEM Act); Republic Act No. 9208 as amended by Republic Act " +
            "No. 10364 (trafficking in persons). The text of the provisions and the penalties is attached (Annex A).",
          contactPoint:
            "Isabel Cruz, Prosecutor, DOJ Office of Cybercrime, Manila; +63 2 0000 0000 (demo); isabel.cruz@demo.example; " +
            "Monday–Friday 08:00–17:00 Manila time (UTC+8).",
        }),
        measures: [
          {
            type: "bank_records",
            description:
              "Statements and transfer orders of the accounts held in France by Michel EXEMPLE (fictitious name) at the bank " +
              "named in Annex 1, 1 January 2023 – 31 March 2025, showing payments to remittance companies and e-wallets " +
              "for the Philippines.",
            justification:
              "The accounts are held at a bank established in France, which keeps the statements and transfer orders.",
          },
          {
            type: "bank_records",
            description: "Certification of those records by the bank, for their use in evidence before the Philippine court.",
            justification:
              "Only the French bank that keeps the records can certify them.",
          },
        ],
        persons: [
          { role: "suspect", identity: "Michel EXEMPLE (fictitious name), born 1968", nationality: "French", location: "Paris, France" },
        ],
        steps: [
          move(d(108, "06:30"), "magistratePh", "submit"),
          move(d(104, "03:15"), "managerPh", "validate"),
          waive(
            d(102, "01:30"),
            "managerPh",
            "Signed request, French translation and annexes sent on paper through the DOJ central authority; not uploaded to the tracker.",
          ),
          move(d(102, "02:40"), "magistratePh", "transmit", { channel: "central_authority" }),
          take(d(71, "09:30"), "liaisonFr"),
          move(d(71, "09:30"), "liaisonFr", "acknowledge", { foreignReference: "BEPI 2026/E/1187" }),
          move(d(64, "13:00"), "liaisonFr", "startExecution"),
          comment(
            d(64, "13:20"),
            "liaisonFr",
            "shared",
            "The request has been forwarded for execution to the Paris prosecutor's office, which is also handling the " +
              "French proceedings against the same person. Bank requisitions will be issued.",
          ),
          report(d(64, "13:30"), "liaisonFr", 0, "in_progress", "Requisitions issued to the bank; reply awaited."),
        ],
      },
    ],
  };
}
