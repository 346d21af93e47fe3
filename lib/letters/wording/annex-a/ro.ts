import type { AnnexAWording } from "./types";

export const ro: AnnexAWording = {
  title: "ORDIN EUROPEAN DE ANCHETĂ (OEA)",
  subtitle: "Anexa A la Directiva 2014/41/UE a Parlamentului European și a Consiliului din 3 aprilie 2014",
  certification:
    "Prezentul OEA a fost emis de o autoritate competentă. Autoritatea emitentă certifică faptul că emiterea prezentului " +
    "OEA este necesară și proporțională în scopul procedurilor menționate în acesta, ținând seama de drepturile " +
    "persoanei suspectate sau acuzate, și că măsurile de investigare solicitate ar fi putut fi dispuse în aceleași " +
    "condiții într-un caz intern similar. Solicit ca măsura sau măsurile de investigare precizate mai jos să fie " +
    "efectuate ținând seama în mod corespunzător de caracterul confidențial al anchetei și ca probele obținute în urma " +
    "executării OEA să fie transferate.",
  section: (letter) => `SECȚIUNEA ${letter}`,
  headings: {
    A: "Statul emitent și statul executant",
    B: "Caracterul urgent",
    C: "Măsura (măsurile) de investigare care trebuie efectuată (efectuate)",
    D: "Relația cu un OEA anterior",
    E: "Identitatea persoanei în cauză",
    F: "Tipul procedurilor pentru care este emis OEA",
    G: "Motivele emiterii OEA",
    H: "Cerințe suplimentare pentru anumite măsuri",
    I: "Formalități și proceduri solicitate pentru executare",
    J: "Căi de atac",
    K: "Detalii privind autoritatea care a emis OEA",
    L: "Detalii privind autoritatea judiciară care a validat OEA",
  },
  contact: {
    name: "Denumirea autorității",
    representative: "Numele reprezentantului său",
    post: "Funcția (titlul/gradul)",
    fileReference: "Numărul dosarului",
    address: "Adresa",
    phone: "Nr. de telefon",
    email: "E-mail",
    languages: "Limbile în care se poate comunica cu autoritatea",
    contactPerson: "Datele de contact ale persoanei (persoanelor) de contactat pentru informații suplimentare sau aspecte practice",
    signature: "Semnătura",
    date: "Data",
    stamp: "Ștampila oficială (dacă există)",
  },
  a: { issuingState: "Statul emitent", executingState: "Statul executant" },
  b: {
    intro: "Vă rugăm să indicați dacă există un caracter urgent din cauza:",
    concealed: "riscului de ascundere sau de distrugere a probelor",
    trial: "datei iminente a procesului",
    other: "oricărui alt motiv",
    specify: "Vă rugăm să precizați",
    timeLimit:
      "Termenele de executare a OEA sunt stabilite în Directiva 2014/41/UE. Dacă este necesar un termen mai scurt sau " +
      "specific, data și motivul",
  },
  c: {
    intro: "Indicați, dacă este cazul, dacă este vorba de una dintre următoarele măsuri de investigare:",
    measures: {
      alreadyHeld: "obținerea de informații sau de probe care se află deja în posesia autorității executante",
      databases: "obținerea de informații conținute în bazele de date deținute de poliție sau de autoritățile judiciare",
      hearingWitness: "audierea unui martor",
      hearingExpert: "audierea unui expert",
      hearingSuspect: "audierea unei persoane suspectate sau acuzate",
      hearingVictim: "audierea unei victime",
      hearingThirdParty: "audierea unui terț",
      subscriber: "identificarea persoanelor care dețin un abonament la un anumit număr de telefon sau o anumită adresă IP",
      transferToIssuing: "transferarea temporară în statul emitent a unei persoane aflate în stare de detenție",
      transferToExecuting: "transferarea temporară în statul executant a unei persoane aflate în stare de detenție",
      videoconference: "audierea prin videoconferință sau prin alte mijloace de transmisie audiovizuală",
      telephone: "audierea prin teleconferință",
      bankAccounts: "informații privind conturile bancare și alte conturi financiare",
      bankOperations: "informații privind operațiunile bancare și alte operațiuni financiare",
      realTime: "măsură de investigare care implică strângerea de probe în timp real, în mod continuu și pe o anumită perioadă de timp",
      covert: "investigație sub acoperire",
      interception: "interceptarea telecomunicațiilor",
      provisional:
        "măsură (măsuri) provizorie (provizorii) pentru a împiedica distrugerea, transformarea, mutarea, transferul sau " +
        "înstrăinarea unui element care poate fi folosit ca probă",
    },
    describe: "Descrierea asistenței / a măsurii (măsurilor) de investigare solicitate",
  },
  d: {
    supplements: "Prezentul OEA completează un OEA anterior",
    previous: "Informații care permit identificarea OEA anterior",
    issuedOn: "Data emiterii",
    authority: "Autoritatea căreia i-a fost transmis",
    transmittedOn: "Data transmiterii",
    issuingReference: "Numărul de referință atribuit de autoritatea emitentă",
    executingReference: "Numărul de referință atribuit de autoritatea executantă",
    otherState: "Un OEA a fost adresat unui alt stat membru în aceeași cauză (care)",
  },
  e: {
    intro: "Informațiile cunoscute privind identitatea persoanei (persoanelor) împotriva căreia (cărora) se desfășoară sau se pot desfășura procedurile",
    naturalPerson: "Persoană fizică",
    name: "Numele și prenumele",
    nationality: "Cetățenia",
    residence: "Reședința și/sau adresa cunoscută",
    otherDetails: "Sexul, data și locul nașterii, actele de identitate, limba (limbile) pe care o (le) înțelege persoana",
    location: "Dacă diferă de adresa de mai sus, locul în care urmează să fie efectuată măsura de investigare",
    other: "Orice alte informații utile pentru executarea OEA",
  },
  f: {
    intro: "OEA este emis:",
    criminal:
      "în cadrul unor proceduri penale inițiate de o autoritate judiciară sau care pot fi inițiate în fața unei astfel de " +
      "autorități cu privire la o infracțiune în temeiul dreptului intern al statului emitent",
    administrative:
      "în cadrul unor proceduri inițiate de autorități administrative pentru fapte care sunt pedepsite potrivit dreptului " +
      "intern al statului emitent ca încălcări ale normelor de drept, atunci când decizia poate da naștere unor proceduri " +
      "în fața unei instanțe competente în special în materie penală",
    judicialAdministrative:
      "în cadrul unor proceduri inițiate de autorități judiciare pentru fapte care sunt pedepsite potrivit dreptului " +
      "intern al statului emitent ca încălcări ale normelor de drept, atunci când decizia poate da naștere unor proceduri " +
      "ulterioare în fața unei instanțe competente în special în materie penală",
    legalPerson:
      "în legătură cu proceduri privind infracțiuni sau încălcări pentru care o persoană juridică poate fi trasă la " +
      "răspundere sau pedepsită în statul emitent",
  },
  g: {
    facts:
      "Rezumatul faptelor: motivele emiterii OEA, infracțiunile de care persoana este acuzată sau care fac obiectul " +
      "anchetei, stadiul anchetei și orice alte informații relevante",
    classification: "Natura și încadrarea juridică a infracțiunii (infracțiunilor) și dispozițiile legale aplicabile",
    annexD:
      "Infracțiune pedepsită în statul emitent cu o pedeapsă privativă de libertate al cărei maxim este de cel puțin trei " +
      "ani și inclusă în lista din anexa D (care)",
  },
  h: {
    intro: "Completați părțile relevante pentru măsura (măsurile) de investigare solicitată (solicitate).",
    transfer: {
      heading: "H1 — Transferarea temporară a unei persoane aflate în stare de detenție",
      toIssuing: "Transferarea în statul emitent",
      toExecuting: "Transferarea în statul executant",
      consented: "persoana și-a dat consimțământul",
      notConsented: "persoana nu și-a dat consimțământul",
      opinionSought: "trebuie solicitată opinia persoanei",
    },
    hearing: {
      heading: "H2 — Audierea prin videoconferință, teleconferință sau alte mijloace de transmisie audiovizuală",
      authority: "Autoritatea care va efectua audierea",
      reasons: "Motivele pentru care este solicitată această măsură",
      video: "audierea prin videoconferință sau prin alte mijloace de transmisie audiovizuală",
      consent: "persoana suspectată sau acuzată și-a dat consimțământul",
      telephone: "audierea prin teleconferință",
    },
    provisional: {
      heading: "H3 — Măsuri provizorii",
      transferred: "elementul urmează să fie transferat în statul emitent",
      remains: "elementul urmează să rămână în statul executant",
      liftDate: "Data estimată pentru ridicarea măsurii provizorii",
      subsequentRequest: "Data estimată pentru transmiterea unei cereri ulterioare privind elementul",
    },
    financial: {
      heading: "H4 — Informații privind conturile și operațiunile bancare și alte conturi și operațiuni financiare",
      reasons: "De ce informațiile sunt relevante pentru procedură și pe ce temei se presupune că conturile sunt deținute în statul executant",
      accounts: "informații privind conturile bancare pe care persoana le deține sau pentru care are procură",
      otherAccounts: "informații privind alte conturi financiare pe care persoana le deține sau pentru care are procură",
      operations: "informații privind operațiunile bancare",
      otherOperations: "informații privind alte operațiuni financiare",
      period: "Perioada relevantă și conturile aferente",
    },
    realTime: {
      heading: "H5 — Strângerea de probe în timp real, în mod continuu și pe o anumită perioadă de timp",
      reasons: "De ce informațiile sunt relevante pentru procedură",
    },
    covert: { heading: "H6 — Investigații sub acoperire", reasons: "De ce măsura este susceptibilă să fie relevantă pentru procedură" },
    interception: {
      heading: "H7 — Interceptarea telecomunicațiilor",
      reasons: "De ce măsura este relevantă pentru procedură",
      immediate: "transmitere imediată",
      recorded: "înregistrare și transmitere ulterioară",
      target: "Datele necesare pentru identificarea persoanei vizate de interceptare",
      duration: "Durata dorită a interceptării",
      technical: "Date tehnice (identificatorul țintei: număr de telefon, adresă de e-mail, conexiune la internet)",
    },
  },
  i: {
    formalities: "Se solicită autorității executante să respecte următoarele formalități și proceduri",
    officials: "Unul sau mai mulți funcționari ai statului emitent vor asista la executarea OEA (date de contact, limbi)",
  },
  j: {
    remedy: "A fost deja exercitată o cale de atac împotriva emiterii OEA (detalii)",
    remedyAuthority:
      "Autoritatea din statul emitent care poate furniza informații suplimentare privind căile de atac și privind " +
      "disponibilitatea asistenței juridice, a interpretării și a traducerii",
  },
  k: {
    type: "Tipul autorității care a emis OEA:",
    judicial: "judecător, instanță, judecător de instrucție, procuror",
    otherAuthority: "altă autoritate competentă desemnată de statul emitent (este necesară validarea: secțiunea L)",
    certify: "Semnătura autorității emitente și/sau a reprezentantului său care certifică exactitatea și corectitudinea conținutului OEA",
  },
  l: {
    type: "Tipul autorității judiciare care a validat prezentul OEA:",
    judge: "judecător sau instanță",
    investigatingJudge: "judecător de instrucție",
    prosecutor: "procuror",
    mainContact: "Principalul punct de contact pentru autoritatea executantă ar trebui să fie:",
    issuing: "autoritatea emitentă",
    validating: "autoritatea de validare",
  },
};
