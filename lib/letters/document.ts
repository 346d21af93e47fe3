import type { LetterLanguage } from "./languages";

/**
 * What a formal document says, block by block, without saying how it is printed: the one
 * content model the PDF and the DOCX writers both render (render-pdf.ts, render-docx.ts),
 * so that the two files of a document never differ in what they say.
 */
export type Block =
  /** The sender's name and country at the top, markings (confidential, urgent) on the right. */
  | { kind: "letterhead"; authority: string; country: string; markings: string[] }
  /** Label / value rows: references, date, nature of the request. */
  | { kind: "facts"; rows: [label: string, value: string][] }
  /** The addressee, on the right half as in a posted letter. */
  | { kind: "addressee"; lines: string[] }
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  /** Text as written, line breaks kept; `missing` in italics when there is none. */
  | { kind: "paragraph"; text: string; italic?: boolean; missing?: string; align?: "left" | "justify" }
  /** "Label: value", the label in bold; `missing` in italics when the value is empty. */
  | { kind: "labelled"; label: string; value: string; missing?: string }
  | { kind: "bullet"; text: string }
  /** A box of a form, ticked when the request says so, else left for the signatory to tick. */
  | { kind: "checkbox"; label: string; checked: boolean; detail?: string }
  /** A line of a form: the value when the request holds it, else dots to fill in. */
  | { kind: "field"; label: string; value?: string }
  | { kind: "space"; lines: number }
  /** Keeps what follows on one page when less than `height` points are left (a layout hint only). */
  | { kind: "keepTogether"; height: number }
  /** Lines to fill by hand on the right half; "" leaves room to sign. */
  | { kind: "signature"; heading: string; lines: string[] };

export interface FormalDocument {
  title: string;
  author: string;
  language: LetterLanguage;
  /** Between a label and its value, in the document's language. */
  colon: string;
  blocks: Block[];
  /** The footer of every page, given its number and the count as text (a DOCX writes fields there). */
  footer: (page: string, pages: string) => string;
}

/** Dots that leave room to write by hand, in either file. */
export const BLANK = "……………………………………";

/** Writes a document's blocks in reading order; the content modules read like the letter they make. */
export class DocumentBuilder {
  private readonly blocks: Block[] = [];

  constructor(private readonly meta: Omit<FormalDocument, "blocks" | "footer">) {}

  get colon(): string {
    return this.meta.colon;
  }

  letterhead(authority: string, country: string, markings: string[]): this {
    return this.add({ kind: "letterhead", authority, country, markings });
  }

  facts(rows: [string, string][]): this {
    return this.add({ kind: "facts", rows });
  }

  addressee(lines: string[]): this {
    return this.add({ kind: "addressee", lines });
  }

  title(text: string): this {
    return this.add({ kind: "title", text });
  }

  heading(text: string): this {
    return this.add({ kind: "heading", text });
  }

  subheading(text: string): this {
    return this.add({ kind: "subheading", text });
  }

  paragraph(text: string, options: { italic?: boolean; missing?: string; align?: "left" | "justify" } = {}): this {
    return this.add({ kind: "paragraph", text, ...options });
  }

  labelled(label: string, value: string, missing?: string): this {
    return this.add({ kind: "labelled", label, value, missing });
  }

  bullet(text: string): this {
    return this.add({ kind: "bullet", text });
  }

  checkbox(label: string, checked: boolean, detail?: string): this {
    return this.add({ kind: "checkbox", label, checked, detail });
  }

  /** A form's line: filled when `value` holds text, dots otherwise. */
  field(label: string, value?: string | null): this {
    return this.add({ kind: "field", label, value: value?.trim() ? value : undefined });
  }

  space(lines = 1): this {
    return this.add({ kind: "space", lines });
  }

  keepTogether(height: number): this {
    return this.add({ kind: "keepTogether", height });
  }

  signature(heading: string, lines: string[]): this {
    return this.add({ kind: "signature", heading, lines });
  }

  build(footer: FormalDocument["footer"]): FormalDocument {
    return { ...this.meta, blocks: [...this.blocks], footer };
  }

  private add(block: Block): this {
    this.blocks.push(block);
    return this;
  }
}
