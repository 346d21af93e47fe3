/**
 * Paragraphs from a form's text: line endings unified, blank lines folded into the
 * paragraph gap, tabs and other control characters out (neither file format takes them).
 */
export function clean(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\n\s*\n/g, "\n")
    .trim();
}

/** A calendar date (YYYY-MM-DD) written out in the letter's language, e.g. "2 mars 2026". */
export function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}
