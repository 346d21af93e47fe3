import {
  AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type IParagraphOptions, type IRunOptions,
} from "docx";
import { BLANK, type Block, type FormalDocument } from "./document";
import type { LetterLanguage } from "./languages";
import { clean } from "./text";

/**
 * A formal document as an editable Word file, laid out like its PDF (render-pdf.ts): the
 * magistrate corrects or completes it, then signs it. Fonts every word processor has, so
 * that it opens the same anywhere; Romanian ș and ț are in both.
 */
const FONT = { serif: "Times New Roman", sans: "Arial", symbol: "Segoe UI Symbol" } as const;
/** Half-points, as the PDF's sizes in points. */
const SIZE = { body: 21, small: 17, heading: 23, title: 28 } as const;
const MUTED = "555555";
/** Twips: A4 and the PDF's margins (56, 72 and 64 points). */
const PAGE = { width: 11906, height: 16838, top: 1120, bottom: 1440, side: 1280 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
const RIGHT_HALF = Math.round(TEXT_WIDTH * 0.45);
const GAP = 100;
const LINE = 240;

const LANGUAGE_TAGS: Record<LetterLanguage, string> = { fr: "fr-FR", en: "en-GB", es: "es-ES", ro: "ro-RO" };

export async function renderDocx(document: FormalDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let keepWithNext = false;
  for (const block of document.blocks) {
    if (block.kind === "keepTogether") keepWithNext = true;
    if (block.kind === "heading") keepWithNext = false;
    children.push(...write(block, document.colon, keepWithNext));
  }
  const file = new Document({
    title: document.title,
    creator: document.author,
    description: "MLA Tracker",
    styles: {
      default: {
        document: { run: { font: FONT.serif, size: SIZE.body, language: { value: LANGUAGE_TAGS[document.language] } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side },
          },
        },
        footers: { default: new Footer({ children: [footer(document.footer)] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(file);
}

/** The footer's text with the page number and count as fields Word updates. */
function footer(text: FormalDocument["footer"]): Paragraph {
  const parts = text("\u0001", "\u0002").split(/([\u0001\u0002])/).filter(Boolean);
  const children = parts.map((part) => (part === "\u0001" ? PageNumber.CURRENT : part === "\u0002" ? PageNumber.TOTAL_PAGES : part));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children, font: FONT.sans, size: SIZE.small, color: MUTED })],
  });
}

function write(block: Block, colon: string, keepNext: boolean): (Paragraph | Table)[] {
  const p = (options: IParagraphOptions) => new Paragraph({ keepNext: keepNext || undefined, ...options });
  switch (block.kind) {
    case "letterhead":
      return [
        ...(block.markings.length
          ? [p({ alignment: AlignmentType.RIGHT, children: block.markings.map((m, i) => run(m, { font: FONT.sans, bold: true, break: i ? 1 : 0 })) })]
          : []),
        p({ children: [run(block.authority, { font: FONT.sans, bold: true, size: SIZE.heading })] }),
        p({
          children: [run(block.country, { font: FONT.sans, color: MUTED })],
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: MUTED, space: 6 } },
          spacing: { after: 240 },
        }),
      ];
    case "facts":
      return [factsTable(block.rows, colon)];
    case "addressee":
      return block.lines.map((line) => p({ indent: { left: RIGHT_HALF }, children: [run(line)] }));
    case "title":
      return [p({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(block.text, { font: FONT.sans, bold: true, size: SIZE.title })] })];
    case "heading":
      return [new Paragraph({ keepNext: true, spacing: { before: 240, after: 60 }, children: [run(block.text, { font: FONT.sans, bold: true, size: SIZE.heading })] })];
    case "subheading":
      return [new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: [run(block.text, { bold: true })] })];
    case "paragraph": {
      const body = clean(block.text);
      const italics = block.italic || (!body && Boolean(block.missing));
      const alignment = block.align === "left" ? AlignmentType.LEFT : AlignmentType.JUSTIFIED;
      return lines(body || block.missing || "").map((line) => p({ alignment, spacing: { after: GAP }, children: [run(line, { italics })] }));
    }
    case "labelled":
      return labelled(block.label + colon, block.value, block.missing, p);
    case "field":
      return labelled(block.label + colon, block.value ?? BLANK, undefined, p);
    case "bullet":
      return [p({ indent: { left: 240, hanging: 200 }, spacing: { after: GAP }, children: [run(clean(block.text))] })];
    case "checkbox":
      return [
        p({
          indent: { left: 240 },
          spacing: { after: 60 },
          children: [
            run(block.checked ? "☒ " : "☐ ", { font: FONT.symbol }),
            run(clean(block.label), { bold: block.checked }),
            ...(block.detail ? [run(` — ${clean(block.detail)}`)] : []),
          ],
        }),
      ];
    case "space":
      return [p({ spacing: { after: Math.round(block.lines * LINE) }, children: [run("", { size: 2 })] })];
    case "keepTogether":
      return [];
    case "signature":
      return [
        p({ indent: { left: RIGHT_HALF }, spacing: { before: 360 }, children: [run(block.heading, { bold: true })] }),
        ...block.lines.map((line) => p({ indent: { left: RIGHT_HALF }, spacing: { before: line ? 200 : 600 }, children: [run(line)] })),
      ];
  }
}

/** "Label: value": the label in bold, the value's further lines as paragraphs of their own. */
function labelled(label: string, value: string, missing: string | undefined, p: (o: IParagraphOptions) => Paragraph): Paragraph[] {
  const body = clean(value);
  const [first = "", ...rest] = lines(body || missing || "");
  const italics = !body;
  return [
    p({ spacing: { after: GAP }, children: [run(label, { bold: true }), run(first, { italics })] }),
    ...rest.map((line) => p({ spacing: { after: GAP }, children: [run(line, { italics })] })),
  ];
}

function factsTable(rows: [string, string][], colon: string): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const labelWidth = 3000;
  const cell = (width: number, paragraphs: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, children: paragraphs });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            cell(labelWidth, [new Paragraph({ children: [run(label + colon.trimEnd(), { font: FONT.sans, size: SIZE.small + 1, color: MUTED })] })]),
            cell(TEXT_WIDTH - labelWidth, lines(value).map((line) => new Paragraph({ spacing: { after: 40 }, children: [run(line)] }))),
          ],
        }),
    ),
  });
}

function lines(text: string): string[] {
  return clean(text).split("\n");
}

function run(text: string, options: Omit<IRunOptions, "text" | "children"> = {}): TextRun {
  return new TextRun({ text, ...options });
}
