import { BLANK, type Block, type FormalDocument } from "./document";
import { LetterWriter } from "./pdf-writer";

/** A formal document as a PDF to print and sign. */
export async function renderPdf(document: FormalDocument): Promise<Buffer> {
  const writer = new LetterWriter({ title: document.title, author: document.author, lang: document.language });
  for (const block of document.blocks) write(writer, block, document.colon);
  return writer.finish(document.footer);
}

function write(writer: LetterWriter, block: Block, colon: string): void {
  switch (block.kind) {
    case "letterhead":
      return writer.letterhead(block.authority, block.country, block.markings);
    case "facts":
      return writer.facts(block.rows, colon);
    case "addressee":
      return writer.addressee(block.lines);
    case "title":
      return writer.title(block.text);
    case "heading":
      return writer.heading(block.text);
    case "subheading":
      return writer.subheading(block.text);
    case "paragraph":
      return writer.paragraph(block.text, block);
    case "labelled":
      return writer.labelled(block.label, colon, block.value, block.missing);
    case "bullet":
      return writer.bullet(block.text);
    case "checkbox":
      return writer.checkbox(block.label, block.checked, block.detail);
    case "field":
      return writer.labelled(block.label, colon, block.value ?? BLANK);
    case "space":
      return writer.space(block.lines);
    case "keepTogether":
      return writer.keepSpace(block.height);
    case "signature":
      return writer.signatureBlock(block.heading, block.lines);
  }
}
