import type { LetterSentences } from "./types";

export const fr: LetterSentences = {
  dateLocale: "fr-FR",
  colon: "\u00a0: ",
  title: "Demande d'entraide pénale internationale",
  titleEio: "Décision d'enquête européenne — lettre d'accompagnement",
  confidentialBanner: "CONFIDENTIEL",
  labels: {
    requestingAuthority: "Autorité requérante",
    date: "Date",
    ourReference: "Notre référence",
    caseNumber: "Procédure n°",
    yourReference: "Votre référence",
    nature: "Nature de la demande",
    addressee: "Destinataire",
    subject: "Objet",
  },
  nature: {
    initial: "Demande initiale",
    supplementary: (parent) => `Demande complémentaire à la demande ${parent}`,
    preservationFollowUp: (parent) => `Demande faisant suite à la demande de conservation rapide ${parent}`,
  },
  competentAuthorities: (country) => `Autorités compétentes — ${country}`,
  subject: (caseReference) => `Demande d'entraide pénale internationale — procédure n° ${caseReference}`,
  subjectEio: (caseReference) => `Décision d'enquête européenne — procédure n° ${caseReference}`,
  salutation: "Madame, Monsieur,",
  opening: (authority) =>
    `J'ai l'honneur de solliciter votre concours dans le cadre de la procédure pénale suivie par ${authority}, ` +
    "pour l'exécution des mesures décrites ci-après.",
  freeTextNote:
    "Les parties rédigées de la demande (faits, infractions, mesures, personnes, point de contact) sont reproduites " +
    "telles que l'autorité requérante les a rédigées ; leur traduction fait l'objet d'un document distinct.",
  headings: {
    legalBasis: "Base juridique",
    facts: "Exposé des faits",
    offences: "Infractions, textes applicables et peines encourues",
    measures: "Mesures sollicitées",
    persons: "Personnes concernées",
    urgency: "Urgence",
    confidentiality: "Confidentialité",
    contact: "Point de contact",
  },
  legalBasis: {
    statements: {
      budapest_convention: ({ requesting, requested }) =>
        "La présente demande est fondée sur la Convention du Conseil de l'Europe sur la cybercriminalité " +
        `(Budapest, 23 novembre 2001), notamment ses articles 25 à 35, à laquelle l'État requérant (${requesting}) ` +
        `et l'État requis (${requested}) sont parties.`,
      bilateral_convention: ({ requesting, requested }) =>
        "La présente demande est fondée sur la convention bilatérale d'entraide judiciaire en matière pénale liant " +
        `l'État requérant (${requesting}) et l'État requis (${requested}).`,
      european_investigation_order: () =>
        "La présente décision d'enquête européenne est émise en application de la directive 2014/41/UE du Parlement " +
        "européen et du Conseil du 3 avril 2014 concernant la décision d'enquête européenne en matière pénale.",
      reciprocity: ({ requesting, requested }) =>
        `En l'absence de convention d'entraide judiciaire en matière pénale entre l'État requérant (${requesting}) ` +
        `et l'État requis (${requested}), la présente demande est présentée au titre de la courtoisie internationale ` +
        "et de la réciprocité. Les autorités de l'État requérant s'engagent à accorder leur assistance aux autorités " +
        "de l'État requis dans des cas semblables.",
      multilateral_convention: ({ requesting, requested }) =>
        "La présente demande est fondée sur la convention multilatérale précisée ci-dessous, à laquelle l'État " +
        `requérant (${requesting}) et l'État requis (${requested}) sont parties.`,
    },
    basis: "Fondement",
    detail: "Précisions sur la base juridique",
    channel: "Voie de transmission",
  },
  measure: {
    heading: (n, type) => `Mesure n° ${n} — ${type}`,
    what: "Objet de la mesure",
    why: "Motifs et lien avec les faits",
    safeguards: "Garanties",
  },
  safeguards: {
    hearing_minor_victim:
      "L'audition de l'enfant est sollicitée selon les règles de l'État requis relatives à l'audition des enfants " +
      "témoins : par un enquêteur ou un magistrat formé, en présence d'une personne de soutien, avec enregistrement " +
      "audiovisuel, si possible en une seule fois afin d'éviter des auditions répétées, et dans le respect de la vie " +
      "privée de l'enfant.",
    hearing_witness:
      "Le témoin est entendu selon la loi de l'État requis. L'autorité requérante souhaite que la déclaration soit " +
      "consignée par écrit et signée, et être informée de la date de l'audition afin d'y assister ou de la suivre " +
      "par visioconférence si l'État requis l'autorise.",
    hearing_suspect:
      "Avant son audition, la personne est informée de son droit de se taire et d'être assistée par un avocat, " +
      "conformément à la loi de l'État requis ; la déclaration est consignée par écrit et signée.",
    video_link_testimony:
      "L'audition par visioconférence est conduite sous l'autorité de l'autorité judiciaire de l'État requis ; " +
      "les modalités techniques (contact technique, essai préalable, dates) sont convenues entre les points de " +
      "contact. Lorsque la personne entendue est un enfant, les garanties de l'audition des mineurs s'appliquent.",
    victim_travel:
      "Le déplacement d'une victime mineure n'est envisagé qu'avec l'accord de ses représentants légaux, accompagnée " +
      "d'une personne de soutien, les frais étant pris en charge par l'État requérant.",
  },
  childWitnessRule: (rule) => `Règles applicables dans l'État requis : ${rule}.`,
  yes: "oui",
  persons: {
    none: "Aucune personne n'est désignée à ce stade.",
    identityWithheld: "identité non communiquée dans ce document (victime mineure)",
    nationality: "nationalité",
    location: "localisation",
    childAtRisk: "enfant en danger",
  },
  urgency: {
    level: "Degré d'urgence",
    reasons: "Motifs de l'urgence",
    targetDate: (date) => `Les éléments demandés sont nécessaires au plus tard le ${date}.`,
    none: "La présente demande ne présente pas de caractère d'urgence particulier.",
    childAtRisk:
      "Un enfant désigné dans la présente demande est en danger : l'autorité requérante sollicite une intervention " +
      "sans délai des services de protection de l'enfance.",
  },
  confidentiality: {
    requested:
      "L'autorité requérante demande que l'existence et le contenu de la présente demande demeurent confidentiels, " +
      "sauf dans la mesure nécessaire à son exécution. Si cette confidentialité ne pouvait être garantie, elle vous " +
      "saurait gré de l'en informer avant toute exécution.",
    reasons: "Motifs de la confidentialité",
    none: "Aucune confidentialité particulière n'est demandée.",
  },
  contact: {
    intro: "Pour toute question relative à l'exécution de la présente demande, vous pouvez vous adresser à :",
    quoteReference: (reference) => `Je vous saurais gré de rappeler la référence ${reference} dans toute correspondance.`,
  },
  closing:
    "Je vous remercie par avance de votre concours et vous prie d'agréer, Madame, Monsieur, l'expression de ma " +
    "haute considération.",
  signature: {
    forAuthority: "Pour l'autorité requérante",
    name: "Nom",
    title: "Qualité",
    signature: "Signature et sceau",
    placeAndDate: "Fait à …………………………, le …………………",
  },
  notProvided: "(non renseigné)",
  footer: (reference, page, pages) => `${reference} — page ${page} / ${pages}`,
};
