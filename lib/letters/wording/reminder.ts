import type { LetterLanguage } from "../languages";
import type { AwaitedClock } from "../overdue";

/** The fixed text of a reminder (relance) about a request the requested side is late with. */
export interface ReminderWording {
  title: string;
  subject: (reference: string, caseReference: string) => string;
  sentOn: string;
  sent: (date: string, reference: string) => string;
  registered: (foreignReference: string) => string;
  awaitedIntro: string;
  awaited: Record<AwaitedClock, (dueDate: string) => string>;
  /** Under the EIO these limits are the Directive's, not targets (arts. 12 and 16). */
  eioLimits: string;
  measuresIntro: string;
  ask: string;
}

const en: ReminderWording = {
  title: "Reminder",
  subject: (reference, caseReference) => `Reminder — request ${reference}, case no. ${caseReference}`,
  sentOn: "Request sent on",
  sent: (date, reference) => `On ${date}, I sent you the request referenced ${reference}.`,
  registered: (foreignReference) => `Your authority registered it under reference ${foreignReference}.`,
  awaitedIntro: "To this day, the following is still awaited:",
  awaited: {
    acknowledgement: (due) => `the acknowledgement of receipt of the request, expected by ${due}`,
    recognition: (due) => `the decision on the recognition and execution of the order, expected by ${due}`,
    execution: (due) => `the execution of the measures requested, expected by ${due}`,
  },
  eioLimits:
    "I would recall that Directive 2014/41/EU sets these time limits (acknowledgement within one week, art. 16(1) " +
    "and Annex B; decision within 30 days, art. 12(3); execution within 90 days of the decision, art. 12(4)), and " +
    "that any delay is to be reported with its reasons (art. 12(5) and 12(6)).",
  measuresIntro: "The measures not yet executed are:",
  ask:
    "I would be grateful if you could inform me of the state of execution of this request and, where applicable, of " +
    "any difficulty you have met or any further information you need, so that it may be provided without delay.",
};

const fr: ReminderWording = {
  title: "Relance",
  subject: (reference, caseReference) => `Relance — demande ${reference}, procédure n° ${caseReference}`,
  sentOn: "Demande transmise le",
  sent: (date, reference) => `Le ${date}, je vous ai adressé la demande référencée ${reference}.`,
  registered: (foreignReference) => `Votre autorité l'a enregistrée sous la référence ${foreignReference}.`,
  awaitedIntro: "À ce jour, demeure(nt) en attente :",
  awaited: {
    acknowledgement: (due) => `l'accusé de réception de la demande, attendu au plus tard le ${due}`,
    recognition: (due) => `la décision sur la reconnaissance et l'exécution de la décision d'enquête, attendue au plus tard le ${due}`,
    execution: (due) => `l'exécution des mesures sollicitées, attendue au plus tard le ${due}`,
  },
  eioLimits:
    "Je me permets de rappeler que la directive 2014/41/UE fixe ces délais (accusé de réception dans la semaine, " +
    "art. 16, § 1, et annexe B ; décision dans les 30 jours, art. 12, § 3 ; exécution dans les 90 jours suivant la " +
    "décision, art. 12, § 4) et que tout retard doit être signalé avec ses motifs (art. 12, § 5 et 6).",
  measuresIntro: "Les mesures non encore exécutées sont les suivantes :",
  ask:
    "Je vous serais reconnaissant(e) de bien vouloir m'informer de l'état d'exécution de cette demande et, le cas " +
    "échéant, des difficultés rencontrées ou des informations complémentaires nécessaires, afin qu'elles puissent vous " +
    "être fournies sans délai.",
};

const es: ReminderWording = {
  title: "Recordatorio",
  subject: (reference, caseReference) => `Recordatorio — solicitud ${reference}, procedimiento n.º ${caseReference}`,
  sentOn: "Solicitud enviada el",
  sent: (date, reference) => `El ${date} le remití la solicitud con referencia ${reference}.`,
  registered: (foreignReference) => `Su autoridad la registró con la referencia ${foreignReference}.`,
  awaitedIntro: "A día de hoy, sigue pendiente:",
  awaited: {
    acknowledgement: (due) => `el acuse de recibo de la solicitud, esperado a más tardar el ${due}`,
    recognition: (due) => `la resolución sobre el reconocimiento y la ejecución de la orden, esperada a más tardar el ${due}`,
    execution: (due) => `la ejecución de las diligencias solicitadas, esperada a más tardar el ${due}`,
  },
  eioLimits:
    "Me permito recordar que la Directiva 2014/41/UE fija estos plazos (acuse de recibo en el plazo de una semana, " +
    "art. 16.1 y anexo B; resolución en 30 días, art. 12.3; ejecución en los 90 días siguientes a la resolución, " +
    "art. 12.4) y que todo retraso debe comunicarse con sus motivos (art. 12.5 y 12.6).",
  measuresIntro: "Las diligencias aún no ejecutadas son las siguientes:",
  ask:
    "Le agradecería que me informara del estado de ejecución de la presente solicitud y, en su caso, de las " +
    "dificultades encontradas o de la información adicional que necesite, para que pueda facilitársele sin demora.",
};

const ro: ReminderWording = {
  title: "Revenire",
  subject: (reference, caseReference) => `Revenire — cererea ${reference}, dosarul nr. ${caseReference}`,
  sentOn: "Cerere transmisă la",
  sent: (date, reference) => `La data de ${date} v-am transmis cererea cu referința ${reference}.`,
  registered: (foreignReference) => `Autoritatea dumneavoastră a înregistrat-o cu referința ${foreignReference}.`,
  awaitedIntro: "Până în prezent, se așteaptă în continuare:",
  awaited: {
    acknowledgement: (due) => `confirmarea de primire a cererii, așteptată cel târziu la data de ${due}`,
    recognition: (due) => `decizia privind recunoașterea și executarea ordinului, așteptată cel târziu la data de ${due}`,
    execution: (due) => `executarea măsurilor solicitate, așteptată cel târziu la data de ${due}`,
  },
  eioLimits:
    "Vă reamintesc că Directiva 2014/41/UE stabilește aceste termene (confirmarea de primire în termen de o " +
    "săptămână, art. 16 alin. 1 și anexa B; decizia în termen de 30 de zile, art. 12 alin. 3; executarea în termen de " +
    "90 de zile de la decizie, art. 12 alin. 4) și că orice întârziere trebuie comunicată împreună cu motivele sale " +
    "(art. 12 alin. 5 și 6).",
  measuresIntro: "Măsurile care nu au fost încă executate sunt următoarele:",
  ask:
    "V-aș fi recunoscător dacă m-ați informa cu privire la stadiul executării prezentei cereri și, după caz, la " +
    "dificultățile întâmpinate sau la informațiile suplimentare necesare, pentru a vă putea fi furnizate fără întârziere.",
};

export const REMINDER_WORDING: Record<LetterLanguage, ReminderWording> = { fr, en, es, ro };
