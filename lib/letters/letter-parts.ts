import { DocumentBuilder, type FormalDocument } from "./document";
import type { LetterLanguage } from "./languages";
import type { LetterView } from "./letter-view";
import { formatDate } from "./text";
import { wordingFor, type LetterWording } from "./wording";

/**
 * The parts every letter of a request shares — the letterhead, the references, the
 * addressee, the signature and the footer — so that the letter, the preservation request
 * and the reminder present themselves alike.
 */

/** A document of the request in `language`, titled `title` in its file's properties. */
export function startDocument(letter: LetterView, language: LetterLanguage, title: string): DocumentBuilder {
  return new DocumentBuilder({
    title: `${letter.reference} — ${title}`,
    author: letter.requestingAuthority,
    language,
    colon: wordingFor(language).sentences.colon,
  });
}

export interface LetterTop {
  /** Calendar date (YYYY-MM-DD) of the document. */
  date: string;
  title: string;
  subject: string;
  /** Rows after the date and the references (the nature of a request, its transmission). */
  rows: [string, string][];
  /** The urgency marking, for documents that ask for something. */
  markUrgency: boolean;
}

export function letterTop(b: DocumentBuilder, letter: LetterView, { sentences: s, vocabulary: v, countryName }: LetterWording, top: LetterTop): void {
  const markings = [
    ...(letter.confidential ? [s.confidentialBanner] : []),
    ...(top.markUrgency && letter.urgency !== "normal" ? [v.urgencies[letter.urgency].toUpperCase()] : []),
  ];
  b.letterhead(letter.requestingAuthority, countryName(letter.requestingCountry), markings);
  b.facts([
    [s.labels.date, formatDate(top.date, s.dateLocale)],
    [s.labels.ourReference, letter.reference],
    [s.labels.caseNumber, letter.caseReference],
    ...(letter.foreignReference ? [[s.labels.yourReference, letter.foreignReference] as [string, string]] : []),
    ...top.rows,
  ]);
  b.space(1);
  b.addressee([letter.requestedAuthority || s.competentAuthorities(countryName(letter.requestedCountry)), countryName(letter.requestedCountry)]);
  b.space(1.2);
  b.title(top.title);
  b.labelled(s.labels.subject, top.subject);
}

/** The closing formula and the lines to sign, kept on one page. */
export function signOff(b: DocumentBuilder, letter: LetterView, { sentences: s }: LetterWording): void {
  b.keepTogether(240);
  b.space(0.8);
  b.paragraph(s.closing);
  b.signature(s.signature.forAuthority, [
    letter.requestingAuthority,
    `${s.signature.name}${s.colon}……………………………………`,
    `${s.signature.title}${s.colon}……………………………………`,
    `${s.signature.signature}${s.colon}`,
    "",
    s.signature.placeAndDate,
  ]);
}

/** "reference — page n / m", marked confidential when the request is. */
export function footerOf(letter: LetterView, { sentences: s }: LetterWording): FormalDocument["footer"] {
  const marking = letter.confidential ? `${s.confidentialBanner} — ` : "";
  return (page, pages) => marking + s.footer(letter.reference, page, pages);
}

export function dateIn(date: string, { sentences: s }: LetterWording): string {
  return formatDate(date, s.dateLocale);
}
