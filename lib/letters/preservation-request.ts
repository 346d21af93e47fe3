import type { FormalDocument } from "./document";
import type { LetterLanguage } from "./languages";
import { footerOf, letterTop, signOff, startDocument } from "./letter-parts";
import type { LetterView } from "./letter-view";
import { measureDetailLines } from "./measure-detail-lines";
import { wordingFor } from "./wording";
import { PRESERVATION_WORDING } from "./wording/preservation";

/**
 * The expedited preservation request of a request's preservation measures (Budapest
 * Convention, art. 29; docs/legal.md, "Time limits"): what art. 29(2) says it specifies,
 * points a to f, then the 60-day minimum of art. 29(7) and the traffic data of art. 30.
 */
export function preservationRequest(letter: LetterView, language: LetterLanguage): FormalDocument {
  const wording = wordingFor(language);
  const { sentences: s, countryName } = wording;
  const p = PRESERVATION_WORDING[language];
  const b = startDocument(letter, language, p.title);

  letterTop(b, letter, wording, { date: letter.date, title: p.title, subject: p.subject(letter.caseReference), rows: [], markUrgency: true });
  b.space(0.6);
  b.paragraph(s.salutation);
  b.paragraph(p.opening(countryName(letter.requestedCountry)));
  if (language !== letter.languages[0]) b.paragraph(s.freeTextNote, { italic: true });

  let n = 0;
  const heading = (text: string) => b.heading(`${++n}. ${text}`);

  heading(p.headings.authority);
  b.paragraph(`${letter.requestingAuthority} — ${countryName(letter.requestingCountry)}`, { align: "left" });

  heading(p.headings.offence);
  b.paragraph(letter.offencesAndPenalties, { missing: s.notProvided });
  b.paragraph(letter.summaryOfFacts, { missing: s.notProvided });

  heading(p.headings.data);
  const preservations = letter.measures.filter((m) => m.type === "expedited_preservation");
  preservations.forEach((measure, i) => {
    if (preservations.length > 1) b.subheading(p.dataItem(i + 1));
    b.labelled(p.dataWhat, measure.description, s.notProvided);
    // The provider is the custodian, named below.
    for (const [label, value] of measureDetailLines("expedited_preservation", { ...measure.details, provider: undefined }, wording)) b.labelled(label, value);
    b.labelled(p.dataLink, measure.justification, s.notProvided);
  });

  // Art. 29(2)(d): the custodian, as far as the drafter named the provider of each preservation.
  heading(p.headings.custodian);
  const providers = [...new Set(preservations.map((m) => m.details.provider).filter((name): name is string => typeof name === "string" && name !== ""))];
  b.field(p.custodian, providers.join("; "));
  if (providers.length < preservations.length) b.paragraph(p.custodianHelp, { italic: true });

  heading(p.headings.necessity);
  b.paragraph(p.necessity);
  if (letter.urgencyReasons.trim()) b.labelled(s.urgency.reasons, letter.urgencyReasons);

  heading(p.headings.followUp);
  b.paragraph(p.followUp);

  heading(p.headings.duration);
  b.paragraph(p.duration);

  heading(p.headings.disclosure);
  b.paragraph(p.disclosure);

  heading(s.headings.confidentiality);
  b.paragraph(letter.confidential ? s.confidentiality.requested : s.confidentiality.none);
  if (letter.confidential) b.paragraph(p.noNotice);

  heading(s.headings.contact);
  b.paragraph(s.contact.intro);
  b.paragraph(letter.contactPoint, { missing: s.notProvided, align: "left" });
  b.paragraph(s.contact.quoteReference(letter.reference));

  signOff(b, letter, wording);
  return b.build(footerOf(letter, wording));
}
