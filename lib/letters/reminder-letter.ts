import type { MeasureStatus } from "@/lib/requests/vocabulary";
import type { FormalDocument } from "./document";
import type { LetterLanguage } from "./languages";
import { dateIn, footerOf, letterTop, signOff, startDocument } from "./letter-parts";
import type { LetterView } from "./letter-view";
import { wordingFor } from "./wording";
import { REMINDER_WORDING } from "./wording/reminder";

/** Measures the requested side has neither returned nor declared impossible. */
const PENDING: readonly MeasureStatus[] = ["requested", "in_progress"];

/**
 * The reminder (relance) of a request the requested side is late with (lib/letters/overdue.ts):
 * it recalls the request's reference and date of transmission, says what is awaited and by
 * when, and lists the measures not yet executed.
 */
export function reminderLetter(letter: LetterView, language: LetterLanguage): FormalDocument {
  const wording = wordingFor(language);
  const { sentences: s, vocabulary: v } = wording;
  const r = REMINDER_WORDING[language];
  const title = `${r.title} — ${letter.reference}`;
  const b = startDocument(letter, language, title);
  const sentOn = dateIn(letter.transmittedOn ?? letter.date, wording);

  letterTop(b, letter, wording, {
    date: letter.today,
    title,
    subject: r.subject(letter.reference, letter.caseReference),
    rows: [[r.sentOn, sentOn]],
    markUrgency: true,
  });
  b.space(0.6);
  b.paragraph(s.salutation);
  b.paragraph([r.sent(sentOn, letter.reference), letter.foreignReference ? r.registered(letter.foreignReference) : ""].filter(Boolean).join(" "));

  b.paragraph(r.awaitedIntro);
  for (const clock of letter.overdue) b.bullet(`•  ${r.awaited[clock.kind](dateIn(clock.dueOn, wording))}`);
  if (letter.legalBasis === "european_investigation_order") b.paragraph(r.eioLimits);

  const pending = letter.measures.filter((m) => PENDING.includes(m.status));
  if (pending.length > 0) {
    b.paragraph(r.measuresIntro);
    for (const measure of pending) b.bullet(`•  ${v.measureTypes[measure.type]} — ${measure.description}`);
  }
  if (letter.targetDate) b.paragraph(s.urgency.targetDate(dateIn(letter.targetDate, wording)));

  b.paragraph(r.ask);
  b.paragraph(s.contact.intro);
  b.paragraph(letter.contactPoint, { missing: s.notProvided, align: "left" });
  b.paragraph(s.contact.quoteReference(letter.reference));

  signOff(b, letter, wording);
  return b.build(footerOf(letter, wording));
}
