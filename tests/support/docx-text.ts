import { strFromU8, unzipSync } from "fflate";

/**
 * The text of a DOCX as a reader sees it: the body's paragraphs (word/document.xml), then
 * the footer's, one line each. fflate is the zip library docx itself writes with.
 */
export function docxText(bytes: Uint8Array): { body: string; footer: string } {
  const files = unzipSync(bytes);
  const read = (name: string) => (files[name] ? paragraphs(strFromU8(files[name])) : "");
  const footers = Object.keys(files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
  return { body: read("word/document.xml"), footer: footers.map(read).join("\n") };
}

function paragraphs(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === "<w:br/>" ? "\n" : unescapeXml(m[1]!))).join(""))
    .filter((line) => line.trim())
    .join("\n");
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name]!);
}
