import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { clean } from "./text";

/**
 * DejaVu covers French, Spanish and Romanian (ș, ț with comma below) where pdfkit's
 * built-in fonts stop at Latin-1; embedded (subset) so the letter prints the same anywhere.
 */
const FONT_FILES = {
  serif: "DejaVuSerif.ttf",
  serifBold: "DejaVuSerif-Bold.ttf",
  serifItalic: "DejaVuSerif-Italic.ttf",
  sans: "DejaVuSans.ttf",
  sansBold: "DejaVuSans-Bold.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

let fontBytes: Record<FontName, Buffer> | undefined;

function fonts(): Record<FontName, Buffer> {
  const dir = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
  fontBytes ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(path.join(dir, file))]),
  ) as Record<FontName, Buffer>;
  return fontBytes;
}

const SIZE = { body: 10.5, small: 8.5, heading: 11.5, title: 14 } as const;
const GAP = 5;
const INK = "#111111";
const MUTED = "#555555";

/** A formal A4 document written top to bottom: the request letter's building blocks. */
export class LetterWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(meta: { title: string; author: string; lang: string }) {
    const bytes = fonts();
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: 56, bottom: 72, left: 64, right: 64 },
      bufferPages: true,
      lang: meta.lang,
      displayTitle: true,
      // A path, so that pdfkit never loads its Latin-1 standard fonts.
      font: path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf", FONT_FILES.serif),
      info: { Title: meta.title, Author: meta.author, Creator: "MLA Tracker" },
    });
    for (const [name, data] of Object.entries(bytes)) this.doc.registerFont(name, data);
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
    this.doc.font("serif").fontSize(SIZE.body).fillColor(INK);
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  /** Starts a new page when less than `height` points are left, so a heading keeps its text. */
  keepSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  space(lines = 1): void {
    this.doc.moveDown(lines);
  }

  /** The sender's name at the top, and markings (confidential, urgent) on the right. */
  letterhead(authority: string, country: string, markings: string[]): void {
    const top = this.doc.y;
    const markingsWidth = 150;
    if (markings.length) {
      this.doc.font("sansBold").fontSize(SIZE.body).fillColor(INK);
      this.doc.text(markings.join("\n"), this.left + this.width - markingsWidth, top, { width: markingsWidth, align: "right" });
    }
    const nameWidth = this.width - (markings.length ? markingsWidth + 16 : 0);
    this.doc.font("sansBold").fontSize(SIZE.heading).text(authority, this.left, top, { width: nameWidth });
    this.doc.font("sans").fontSize(SIZE.body).fillColor(MUTED).text(country, { width: nameWidth });
    this.doc.fillColor(INK);
    this.rule();
  }

  /** Label / value rows (references, date, nature of the request). */
  facts(rows: [label: string, value: string][], colon: string): void {
    const labelWidth = 150;
    for (const [label, value] of rows) {
      const y = this.doc.y;
      this.doc.font("sans").fontSize(SIZE.small + 0.5).fillColor(MUTED).text(label + colon.trimEnd(), this.left, y, { width: labelWidth });
      const labelBottom = this.doc.y;
      this.doc.font("serif").fontSize(SIZE.body).fillColor(INK).text(value, this.left + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = Math.max(this.doc.y, labelBottom) + 2;
    }
    this.doc.x = this.left;
  }

  /** The addressee, set on the right half as in a posted letter. */
  addressee(lines: string[]): void {
    const indent = this.width * 0.45;
    this.doc.font("serif").fontSize(SIZE.body).fillColor(INK);
    this.doc.text(lines.join("\n"), this.left + indent, this.doc.y, { width: this.width - indent });
    this.doc.x = this.left;
  }

  title(text: string): void {
    this.doc.font("sansBold").fontSize(SIZE.title).text(text, this.left, this.doc.y, { width: this.width, align: "center" });
    this.doc.moveDown(0.5);
  }

  heading(text: string): void {
    this.keepSpace(70);
    this.doc.moveDown(0.6);
    this.doc.font("sansBold").fontSize(SIZE.heading).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.25);
  }

  subheading(text: string): void {
    this.keepSpace(50);
    this.doc.moveDown(0.3);
    this.doc.font("serifBold").fontSize(SIZE.body).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.15);
  }

  /** Text as written, line breaks kept; `missing` in italics when there is none. */
  paragraph(text: string, options: { italic?: boolean; missing?: string; align?: "left" | "justify" } = {}): void {
    const body = clean(text);
    const shown = body || options.missing || "";
    const italic = options.italic || (!body && Boolean(options.missing));
    this.doc.font(italic ? "serifItalic" : "serif").fontSize(SIZE.body).fillColor(INK);
    this.doc.text(shown, this.left, this.doc.y, { width: this.width, align: options.align ?? "justify", paragraphGap: GAP });
  }

  /** "Label: value", the label in bold; `missing` in italics when the value is empty. */
  labelled(label: string, colon: string, value: string, missing?: string): void {
    const body = clean(value);
    this.doc.font("serifBold").fontSize(SIZE.body).fillColor(INK);
    this.doc.text(label + colon, this.left, this.doc.y, { width: this.width, continued: true });
    // Left-aligned: justifying a first line that follows a label spreads it badly.
    this.doc.font(body ? "serif" : "serifItalic").text(body || missing || "", { paragraphGap: GAP });
  }

  bullet(text: string): void {
    this.doc.font("serif").fontSize(SIZE.body).fillColor(INK);
    this.doc.text(clean(text), this.left + 12, this.doc.y, { width: this.width - 12, paragraphGap: GAP, indent: -10 });
    this.doc.x = this.left;
  }

  /** A form's box: the ballot glyph is in DejaVu Sans only, the label in the body font. */
  checkbox(label: string, checked: boolean, detail?: string): void {
    // The box and its first line on one page: pdfkit would print a box carried over in the label's font, which has no glyph for it.
    this.keepSpace(28);
    this.doc.font("sans").fontSize(SIZE.body).fillColor(INK);
    this.doc.text(checked ? "☒ " : "☐ ", this.left + 12, this.doc.y, { width: this.width - 12, continued: true });
    this.doc.font(checked ? "serifBold" : "serif").text(clean(label), { continued: Boolean(detail) });
    if (detail) this.doc.font("serif").text(` — ${clean(detail)}`);
    this.doc.moveDown(0.2);
    this.doc.x = this.left;
  }

  /** Lines to fill by hand, kept together on the right half of one page; "" leaves room to sign. */
  signatureBlock(heading: string, lines: string[]): void {
    this.keepSpace(190);
    this.doc.moveDown(1.5);
    const x = this.left + this.width * 0.45;
    const width = this.width * 0.55;
    this.doc.font("serifBold").fontSize(SIZE.body).text(heading, x, this.doc.y, { width });
    this.doc.font("serif");
    for (const line of lines) {
      this.doc.moveDown(line ? 0.9 : 2.5);
      if (line) this.doc.text(line, x, this.doc.y, { width });
    }
    this.doc.x = this.left;
  }

  private rule(): void {
    this.doc.moveDown(0.5);
    const y = this.doc.y;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor(MUTED).stroke();
    this.doc.moveDown(0.6);
  }

  /** Writes the footer on every page ("page n / m") and returns the finished file. */
  async finish(footer: (page: string, pages: string) => string): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const { margins, height } = this.doc.page;
      const bottom = margins.bottom;
      // Writing inside the bottom margin would otherwise open a new page.
      margins.bottom = 0;
      this.doc.font("sans").fontSize(SIZE.small).fillColor(MUTED);
      this.doc.text(footer(String(i - start + 1), String(count)), this.left, height - 40, { width: this.width, align: "center", lineBreak: false });
      margins.bottom = bottom;
    }
    this.doc.end();
    return this.done;
  }
}
