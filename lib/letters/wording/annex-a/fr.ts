import type { AnnexAWording } from "./types";

export const fr: AnnexAWording = {
  title: "DÉCISION D'ENQUÊTE EUROPÉENNE (DEE)",
  subtitle: "Annexe A de la directive 2014/41/UE du Parlement européen et du Conseil du 3 avril 2014",
  certification:
    "La présente DEE a été émise par une autorité compétente. L'autorité d'émission certifie que l'émission de la " +
    "présente DEE est nécessaire et proportionnée aux fins de la procédure qui y est visée, compte tenu des droits de " +
    "la personne soupçonnée ou poursuivie, et que les mesures d'enquête demandées auraient pu être ordonnées dans les " +
    "mêmes conditions dans le cadre d'une procédure nationale similaire. Je demande que la ou les mesures d'enquête " +
    "décrites ci-après soient exécutées en tenant dûment compte de la confidentialité de l'enquête et que les preuves " +
    "recueillies lors de l'exécution de la DEE soient transférées.",
  section: (letter) => `SECTION ${letter}`,
  headings: {
    A: "État d'émission et État d'exécution",
    B: "Urgence",
    C: "Mesure(s) d'enquête à exécuter",
    D: "Lien avec une DEE antérieure",
    E: "Identité de la personne concernée",
    F: "Type de procédure pour laquelle la DEE est émise",
    G: "Motifs de l'émission de la DEE",
    H: "Exigences supplémentaires pour certaines mesures",
    I: "Formalités et procédures requises pour l'exécution",
    J: "Voies de recours",
    K: "Coordonnées de l'autorité qui a émis la DEE",
    L: "Coordonnées de l'autorité judiciaire qui a validé la DEE",
  },
  contact: {
    name: "Nom de l'autorité",
    representative: "Nom de son représentant",
    post: "Fonction (titre/grade)",
    fileReference: "Numéro de dossier",
    address: "Adresse",
    phone: "Tél.",
    email: "Courriel",
    languages: "Langues dans lesquelles il est possible de communiquer avec l'autorité",
    contactPerson: "Coordonnées de la ou des personnes à contacter pour tout complément d'information ou les modalités pratiques",
    signature: "Signature",
    date: "Date",
    stamp: "Cachet officiel (le cas échéant)",
  },
  a: { issuingState: "État d'émission", executingState: "État d'exécution" },
  b: {
    intro: "Veuillez indiquer s'il y a urgence en raison :",
    concealed: "d'un risque de dissimulation ou de destruction de preuves",
    trial: "d'une date de procès imminente",
    other: "de toute autre raison",
    specify: "Veuillez préciser",
    timeLimit:
      "Les délais d'exécution de la DEE sont fixés par la directive 2014/41/UE. Si un délai plus court ou spécifique " +
      "est nécessaire, la date et la raison",
  },
  c: {
    intro: "Indiquez, le cas échéant, s'il s'agit de l'une des mesures d'enquête suivantes :",
    measures: {
      alreadyHeld: "obtention d'informations ou de preuves qui sont déjà en possession de l'autorité d'exécution",
      databases: "obtention d'informations contenues dans les bases de données détenues par la police ou les autorités judiciaires",
      hearingWitness: "audition d'un témoin",
      hearingExpert: "audition d'un expert",
      hearingSuspect: "audition d'une personne soupçonnée ou poursuivie",
      hearingVictim: "audition d'une victime",
      hearingThirdParty: "audition d'un tiers",
      subscriber: "identification de personnes titulaires d'un abonnement à un numéro de téléphone ou d'une adresse IP déterminés",
      transferToIssuing: "transfèrement temporaire vers l'État d'émission d'une personne détenue",
      transferToExecuting: "transfèrement temporaire vers l'État d'exécution d'une personne détenue",
      videoconference: "audition par vidéoconférence ou par un autre moyen de transmission audiovisuelle",
      telephone: "audition par téléconférence",
      bankAccounts: "informations relatives à des comptes bancaires et autres comptes financiers",
      bankOperations: "informations relatives à des opérations bancaires et autres opérations financières",
      realTime: "mesure d'enquête impliquant l'obtention de preuves en temps réel, de manière continue et au cours d'une période déterminée",
      covert: "enquête discrète",
      interception: "interception de télécommunications",
      provisional:
        "mesure(s) provisoire(s) visant à empêcher la destruction, la transformation, le déplacement, le transfert ou " +
        "l'aliénation d'un élément de preuve",
    },
    describe: "Description de l'assistance / de la ou des mesures d'enquête demandées",
  },
  d: {
    supplements: "La présente DEE complète une DEE antérieure",
    previous: "Informations permettant d'identifier la DEE antérieure",
    issuedOn: "Date d'émission",
    authority: "Autorité à laquelle elle a été transmise",
    transmittedOn: "Date de transmission",
    issuingReference: "Numéro de référence attribué par l'autorité d'émission",
    executingReference: "Numéro de référence attribué par l'autorité d'exécution",
    otherState: "Une DEE a été adressée à un autre État membre dans la même affaire (lequel)",
  },
  e: {
    intro: "Informations connues sur l'identité de la ou des personnes visées par la procédure en cours ou susceptible d'être engagée",
    naturalPerson: "Personne physique",
    name: "Nom et prénom(s)",
    nationality: "Nationalité",
    residence: "Résidence et/ou adresse connue",
    otherDetails: "Sexe, date et lieu de naissance, documents d'identité, langue(s) comprise(s) par la personne",
    location: "Si elle diffère de l'adresse ci-dessus, le lieu où la mesure d'enquête doit être exécutée",
    other: "Toute autre information utile à l'exécution de la DEE",
  },
  f: {
    intro: "La DEE est émise :",
    criminal:
      "dans le cadre d'une procédure pénale engagée par une autorité judiciaire, ou pouvant être engagée devant une " +
      "telle autorité, concernant une infraction pénale conformément au droit national de l'État d'émission",
    administrative:
      "dans des procédures engagées par des autorités administratives pour des faits punissables selon le droit national " +
      "de l'État d'émission au titre d'infractions aux règles de droit, lorsque la décision peut donner lieu à un recours " +
      "devant une juridiction compétente notamment en matière pénale",
    judicialAdministrative:
      "dans des procédures engagées par des autorités judiciaires pour des faits punissables selon le droit national de " +
      "l'État d'émission au titre d'infractions aux règles de droit, lorsque la décision peut donner lieu à un recours " +
      "devant une juridiction compétente notamment en matière pénale",
    legalPerson:
      "dans le cadre de procédures relatives à des infractions pour lesquelles une personne morale peut être tenue pour " +
      "responsable ou punie dans l'État d'émission",
  },
  g: {
    facts:
      "Résumé des faits : les motifs de l'émission de la DEE, les infractions reprochées ou faisant l'objet de " +
      "l'enquête, le stade de l'enquête et toute autre information utile",
    classification: "Nature et qualification juridique de la ou des infractions et dispositions légales applicables",
    annexD:
      "Infraction punie dans l'État d'émission d'une peine privative de liberté d'un maximum d'au moins trois ans et " +
      "figurant à l'annexe D (laquelle)",
  },
  h: {
    intro: "Remplir les parties correspondant à la ou aux mesures d'enquête demandées.",
    transfer: {
      heading: "H1 — Transfèrement temporaire d'une personne détenue",
      toIssuing: "Transfèrement vers l'État d'émission",
      toExecuting: "Transfèrement vers l'État d'exécution",
      consented: "la personne a donné son consentement",
      notConsented: "la personne n'a pas donné son consentement",
      opinionSought: "l'avis de la personne doit être recueilli",
    },
    hearing: {
      heading: "H2 — Audition par vidéoconférence, téléconférence ou autre moyen de transmission audiovisuelle",
      authority: "Autorité qui procédera à l'audition",
      reasons: "Motifs de la demande de cette mesure",
      video: "audition par vidéoconférence ou par un autre moyen de transmission audiovisuelle",
      consent: "la personne soupçonnée ou poursuivie a donné son consentement",
      telephone: "audition par téléconférence",
    },
    provisional: {
      heading: "H3 — Mesures provisoires",
      transferred: "l'élément doit être transféré vers l'État d'émission",
      remains: "l'élément doit rester dans l'État d'exécution",
      liftDate: "Date estimée de la levée de la mesure provisoire",
      subsequentRequest: "Date estimée de la présentation d'une demande ultérieure concernant l'élément",
    },
    financial: {
      heading: "H4 — Informations relatives à des comptes et à des opérations bancaires et financiers",
      reasons: "Pourquoi ces informations sont utiles à la procédure et sur quels éléments repose la présomption que les comptes sont détenus dans l'État d'exécution",
      accounts: "informations sur les comptes bancaires que la personne détient ou pour lesquels elle dispose d'une procuration",
      otherAccounts: "informations sur les autres comptes financiers que la personne détient ou pour lesquels elle dispose d'une procuration",
      operations: "informations sur les opérations bancaires",
      otherOperations: "informations sur les autres opérations financières",
      period: "Période concernée et comptes liés",
    },
    realTime: {
      heading: "H5 — Obtention de preuves en temps réel, de manière continue et au cours d'une période déterminée",
      reasons: "Pourquoi ces informations sont utiles à la procédure",
    },
    covert: { heading: "H6 — Enquêtes discrètes", reasons: "Pourquoi la mesure est susceptible d'être utile à la procédure" },
    interception: {
      heading: "H7 — Interception de télécommunications",
      reasons: "Pourquoi la mesure est utile à la procédure",
      immediate: "transmission immédiate",
      recorded: "enregistrement et transmission ultérieure",
      target: "Données nécessaires à l'identification de la cible de l'interception",
      duration: "Durée souhaitée de l'interception",
      technical: "Données techniques (identifiant de la cible : numéro de téléphone, adresse électronique, connexion internet)",
    },
  },
  i: {
    formalities: "Il est demandé à l'autorité d'exécution de respecter les formalités et procédures suivantes",
    officials: "Un ou plusieurs agents de l'État d'émission assisteront à l'exécution de la DEE (coordonnées, langues)",
  },
  j: {
    remedy: "Un recours a déjà été formé contre l'émission de la DEE (précisions)",
    remedyAuthority:
      "Autorité de l'État d'émission pouvant fournir des informations sur les voies de recours et sur la possibilité " +
      "d'une aide juridictionnelle, d'une interprétation et d'une traduction",
  },
  k: {
    type: "Type d'autorité qui a émis la DEE :",
    judicial: "juge, juridiction, juge d'instruction, procureur",
    otherAuthority: "autre autorité compétente désignée par l'État d'émission (une validation est requise : section L)",
    certify: "Signature de l'autorité d'émission et/ou de son représentant certifiant que le contenu de la DEE est exact et correct",
  },
  l: {
    type: "Type d'autorité judiciaire qui a validé la présente DEE :",
    judge: "juge ou juridiction",
    investigatingJudge: "juge d'instruction",
    prosecutor: "procureur",
    mainContact: "Le point de contact principal de l'autorité d'exécution devrait être :",
    issuing: "l'autorité d'émission",
    validating: "l'autorité de validation",
  },
};
