import type { LetterLanguage } from "../languages";

/**
 * The fixed text of an expedited preservation request (Budapest Convention, art. 29; the
 * headings follow what art. 29(2) says such a request specifies, points a to f).
 */
export interface PreservationWording {
  title: string;
  subject: (caseReference: string) => string;
  opening: (requestedState: string) => string;
  headings: {
    authority: string;
    offence: string;
    data: string;
    custodian: string;
    necessity: string;
    followUp: string;
    duration: string;
    disclosure: string;
  };
  dataItem: (n: number) => string;
  dataWhat: string;
  dataLink: string;
  custodian: string;
  custodianHelp: string;
  necessity: string;
  followUp: string;
  duration: string;
  disclosure: string;
  noNotice: string;
}

const en: PreservationWording = {
  title: "Request for the expedited preservation of stored computer data",
  subject: (caseReference) => `Expedited preservation of stored computer data (Budapest Convention, art. 29) — case no. ${caseReference}`,
  opening: (requested) =>
    "Under Article 29 of the Council of Europe Convention on Cybercrime (Budapest, 23 November 2001), I have the " +
    `honour to ask the competent authorities of ${requested} to order or otherwise obtain the expedited preservation ` +
    "of the stored computer data described below, in respect of which a request for mutual assistance will follow.",
  headings: {
    authority: "Authority seeking the preservation",
    offence: "Offence under investigation and summary of the facts",
    data: "Stored computer data to be preserved and their relationship to the offence",
    custodian: "Custodian of the data and location of the computer system",
    necessity: "Necessity of the preservation",
    followUp: "Request for mutual assistance to follow",
    duration: "Duration of the preservation",
    disclosure: "Expedited disclosure of preserved traffic data",
  },
  dataItem: (n) => `Data no. ${n}`,
  dataWhat: "Data to be preserved",
  dataLink: "Relationship to the offence",
  custodian: "Service provider or custodian, and location of the system",
  custodianHelp: "As far as known to the requesting authority; the account identifiers are given with the data above.",
  necessity:
    "Stored computer data are volatile: a service provider may delete them in the ordinary course of its business. " +
    "Their preservation is necessary so that they remain available when the request for mutual assistance is executed.",
  followUp:
    "The requesting Party intends to submit a request for mutual assistance for the search or similar access, the " +
    "seizure or similar securing, or the disclosure of the preserved data (art. 29(2)(f)).",
  duration:
    "In accordance with Article 29(7) of the Convention, the data should be preserved for a period of not less than " +
    "sixty days, to enable the submission of the request for mutual assistance; once that request is received, they " +
    "should continue to be preserved pending a decision on it.",
  disclosure:
    "Should it appear, in preserving traffic data, that a service provider in another State was involved in the " +
    "transmission of the communication, the requesting authority asks for the expedited disclosure of a sufficient " +
    "amount of traffic data to identify that service provider and the path of the communication (art. 30).",
  noNotice: "The requesting authority asks that the subscriber or user concerned not be informed of this request.",
};

const fr: PreservationWording = {
  title: "Demande de conservation rapide de données informatiques stockées",
  subject: (caseReference) => `Conservation rapide de données informatiques stockées (Convention de Budapest, art. 29) — procédure n° ${caseReference}`,
  opening: (requested) =>
    "En application de l'article 29 de la Convention du Conseil de l'Europe sur la cybercriminalité (Budapest, " +
    `23 novembre 2001), j'ai l'honneur de demander aux autorités compétentes de l'État requis (${requested}) ` +
    "d'ordonner ou d'imposer d'une autre manière la conservation rapide des données informatiques stockées décrites " +
    "ci-après, au sujet desquelles une demande d'entraide suivra.",
  headings: {
    authority: "Autorité qui demande la conservation",
    offence: "Infraction faisant l'objet de l'enquête et exposé des faits",
    data: "Données informatiques stockées à conserver et leur lien avec l'infraction",
    custodian: "Détenteur des données et localisation du système informatique",
    necessity: "Nécessité de la conservation",
    followUp: "Demande d'entraide à suivre",
    duration: "Durée de la conservation",
    disclosure: "Divulgation rapide des données relatives au trafic conservées",
  },
  dataItem: (n) => `Données n° ${n}`,
  dataWhat: "Données à conserver",
  dataLink: "Lien avec l'infraction",
  custodian: "Fournisseur de services ou détenteur, et localisation du système",
  custodianHelp: "Dans la mesure où l'autorité requérante les connaît ; les identifiants des comptes figurent avec les données ci-dessus.",
  necessity:
    "Les données informatiques stockées sont volatiles : un fournisseur de services peut les effacer dans le cours " +
    "normal de son activité. Leur conservation est nécessaire pour qu'elles demeurent disponibles lors de l'exécution " +
    "de la demande d'entraide.",
  followUp:
    "La Partie requérante a l'intention de soumettre une demande d'entraide en vue de la perquisition ou de l'accès par " +
    "un moyen similaire, de la saisie ou de l'obtention par un moyen similaire, ou de la divulgation des données " +
    "conservées (art. 29, § 2, f).",
  duration:
    "Conformément à l'article 29, paragraphe 7, de la Convention, les données devraient être conservées pendant une " +
    "période d'au moins soixante jours, afin de permettre la présentation de la demande d'entraide ; après réception de " +
    "celle-ci, elles devraient continuer d'être conservées dans l'attente d'une décision.",
  disclosure:
    "S'il apparaît, lors de la conservation de données relatives au trafic, qu'un fournisseur de services d'un autre " +
    "État a participé à la transmission de la communication, l'autorité requérante demande la divulgation rapide d'une " +
    "quantité suffisante de données relatives au trafic pour identifier ce fournisseur et la voie de transmission (art. 30).",
  noNotice: "L'autorité requérante demande que l'abonné ou l'utilisateur concerné ne soit pas informé de la présente demande.",
};

const es: PreservationWording = {
  title: "Solicitud de conservación rápida de datos informáticos almacenados",
  subject: (caseReference) => `Conservación rápida de datos informáticos almacenados (Convenio de Budapest, art. 29) — procedimiento n.º ${caseReference}`,
  opening: (requested) =>
    "Con arreglo al artículo 29 del Convenio del Consejo de Europa sobre la Ciberdelincuencia (Budapest, 23 de " +
    `noviembre de 2001), tengo el honor de solicitar a las autoridades competentes del Estado requerido (${requested}) ` +
    "que ordenen o impongan de otro modo la conservación rápida de los datos informáticos almacenados que se describen " +
    "a continuación, respecto de los cuales se presentará una solicitud de asistencia.",
  headings: {
    authority: "Autoridad que solicita la conservación",
    offence: "Delito objeto de la investigación y exposición de los hechos",
    data: "Datos informáticos almacenados que deben conservarse y su relación con el delito",
    custodian: "Custodio de los datos y ubicación del sistema informático",
    necessity: "Necesidad de la conservación",
    followUp: "Solicitud de asistencia que se presentará",
    duration: "Duración de la conservación",
    disclosure: "Revelación rápida de los datos sobre el tráfico conservados",
  },
  dataItem: (n) => `Datos n.º ${n}`,
  dataWhat: "Datos que deben conservarse",
  dataLink: "Relación con el delito",
  custodian: "Proveedor de servicios o custodio, y ubicación del sistema",
  custodianHelp: "En la medida en que los conoce la autoridad requirente; los identificadores de las cuentas figuran con los datos anteriores.",
  necessity:
    "Los datos informáticos almacenados son volátiles: un proveedor de servicios puede borrarlos en el curso normal de " +
    "su actividad. Su conservación es necesaria para que sigan disponibles cuando se ejecute la solicitud de asistencia.",
  followUp:
    "La Parte requirente tiene la intención de presentar una solicitud de asistencia para el registro o acceso de forma " +
    "similar, la confiscación u obtención de forma similar, o la revelación de los datos conservados (art. 29.2.f).",
  duration:
    "De conformidad con el artículo 29.7 del Convenio, los datos deberían conservarse durante un período no inferior a " +
    "sesenta días, con el fin de permitir la presentación de la solicitud de asistencia; una vez recibida, deberían " +
    "seguir conservándose hasta que se adopte una decisión sobre ella.",
  disclosure:
    "Si al conservar datos sobre el tráfico resultara que un proveedor de servicios de otro Estado participó en la " +
    "transmisión de la comunicación, la autoridad requirente solicita la revelación rápida de un volumen suficiente de " +
    "datos sobre el tráfico para identificar a dicho proveedor y la vía de transmisión (art. 30).",
  noNotice: "La autoridad requirente solicita que no se informe de la presente solicitud al abonado o usuario afectado.",
};

const ro: PreservationWording = {
  title: "Cerere de conservare rapidă a datelor informatice stocate",
  subject: (caseReference) => `Conservarea rapidă a datelor informatice stocate (Convenția de la Budapesta, art. 29) — dosarul nr. ${caseReference}`,
  opening: (requested) =>
    "În temeiul articolului 29 din Convenția Consiliului Europei privind criminalitatea informatică (Budapesta, " +
    `23 noiembrie 2001), am onoarea de a solicita autorităților competente ale statului solicitat (${requested}) să ` +
    "dispună sau să impună în alt mod conservarea rapidă a datelor informatice stocate descrise mai jos, cu privire la " +
    "care va urma o cerere de asistență judiciară.",
  headings: {
    authority: "Autoritatea care solicită conservarea",
    offence: "Infracțiunea care face obiectul anchetei și expunerea faptelor",
    data: "Datele informatice stocate care trebuie conservate și legătura lor cu infracțiunea",
    custodian: "Deținătorul datelor și localizarea sistemului informatic",
    necessity: "Necesitatea conservării",
    followUp: "Cererea de asistență judiciară care va urma",
    duration: "Durata conservării",
    disclosure: "Divulgarea rapidă a datelor de trafic conservate",
  },
  dataItem: (n) => `Datele nr. ${n}`,
  dataWhat: "Datele care trebuie conservate",
  dataLink: "Legătura cu infracțiunea",
  custodian: "Furnizorul de servicii sau deținătorul și localizarea sistemului",
  custodianHelp: "În măsura în care sunt cunoscute autorității solicitante; identificatorii conturilor sunt indicați împreună cu datele de mai sus.",
  necessity:
    "Datele informatice stocate sunt volatile: un furnizor de servicii le poate șterge în cursul normal al activității " +
    "sale. Conservarea lor este necesară pentru ca acestea să rămână disponibile la executarea cererii de asistență.",
  followUp:
    "Partea solicitantă intenționează să transmită o cerere de asistență judiciară în vederea percheziționării sau " +
    "accesării printr-un mijloc similar, a ridicării sau securizării printr-un mijloc similar ori a divulgării datelor " +
    "conservate (art. 29 alin. 2 lit. f).",
  duration:
    "Potrivit articolului 29 alineatul 7 din Convenție, datele ar trebui conservate pentru o perioadă de cel puțin " +
    "șaizeci de zile, pentru a permite transmiterea cererii de asistență; după primirea acesteia, datele ar trebui să " +
    "rămână conservate până la adoptarea unei decizii cu privire la cerere.",
  disclosure:
    "Dacă, la conservarea datelor de trafic, se constată că un furnizor de servicii dintr-un alt stat a fost implicat în " +
    "transmiterea comunicării, autoritatea solicitantă solicită divulgarea rapidă a unei cantități suficiente de date de " +
    "trafic pentru identificarea acelui furnizor și a căii de transmitere (art. 30).",
  noNotice: "Autoritatea solicitantă solicită ca abonatul sau utilizatorul în cauză să nu fie informat cu privire la prezenta cerere.",
};

export const PRESERVATION_WORDING: Record<LetterLanguage, PreservationWording> = { fr, en, es, ro };
