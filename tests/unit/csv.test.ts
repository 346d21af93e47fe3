import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "@/lib/export/csv";

describe("CSV for spreadsheets", () => {
  it("starts with a byte-order mark, separates with semicolons and ends lines with CRLF", () => {
    expect(toCsv(["Référence", "État"], [["MLA-2026-FR-PH-0001", "Philippines"]])).toBe(
      "\uFEFFRéférence;État\r\nMLA-2026-FR-PH-0001;Philippines\r\n",
    );
  });

  it("quotes fields holding a separator, a quote or a line break, doubling the quotes", () => {
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('le "BEPI"')).toBe('"le ""BEPI"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" padded ")).toBe('" padded "');
    expect(csvField("plain")).toBe("plain");
  });

  it("never lets a text field run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+33 1 00")).toBe("'+33 1 00");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-1")).toBe("'-1");
  });

  it("writes numbers as numbers, with the French decimal comma for French readers", () => {
    expect(toCsv(["n"], [[12.5], [-3], [null]], "fr")).toBe("\uFEFFn\r\n12,5\r\n-3\r\n\r\n");
    expect(toCsv(["n"], [[12.5]], "en")).toBe("\uFEFFn\r\n12.5\r\n");
  });
});
