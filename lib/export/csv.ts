/**
 * CSV for spreadsheet programs: UTF-8 with a byte-order mark (so that Excel reads accents),
 * semicolons between fields (Excel's default where the decimal separator is a comma, as in
 * French), CRLF line ends (RFC 4180), and every field that needs it in double quotes, with
 * quotes doubled. Decimals are written with the reader's decimal separator (12,5 in French),
 * so that the spreadsheet reads them as numbers.
 *
 * A text field that a spreadsheet would take for a formula (=, +, -, @, tab, carriage
 * return) is prefixed with an apostrophe: an exported reference must never run as code in
 * the reader's spreadsheet (CSV injection).
 */
export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

export type CsvCell = string | number | null | undefined;

export function csvField(value: CsvCell, decimalComma = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return decimalComma ? String(value).replace(".", ",") : String(value);
  }
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], locale: "fr" | "en" = "en"): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvField(cell, locale === "fr")).join(CSV_SEPARATOR));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** A file name safe in a Content-Disposition header: letters, digits, dots and dashes. */
export function csvResponse(csv: string, fileName: string): Response {
  const safe = fileName.replace(/[^A-Za-z0-9._-]/g, "-");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safe}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
