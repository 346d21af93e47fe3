type NumberFormatter = { number(value: number, options?: Intl.NumberFormatOptions): string };

/** A file size for people: bytes, kB or MB, in the reader's number format (server or client formatter). */
export function formatSize(format: NumberFormatter, bytes: number): string {
  if (bytes < 1024) return format.number(bytes, { style: "unit", unit: "byte", unitDisplay: "long" });
  if (bytes < 1024 * 1024) return format.number(bytes / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 });
  return format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}
