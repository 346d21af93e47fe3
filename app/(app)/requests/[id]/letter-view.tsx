"use client";

/** One document to sign, as it reads: its name, and a link per language and format (letter.tsx). */
export interface LetterEntry {
  document: string;
  name: string;
  help: string | null;
  languages: {
    language: string;
    name: string;
    links: { format: string; href: string; text: string; label: string }[];
  }[];
}

/**
 * The letter section's download links. A client component for the reason the request list's
 * table is one (requests-table.tsx): a link travels to the page as its texts, not as elements.
 */
export function LetterLinks({ documents }: { documents: LetterEntry[] }) {
  return documents.map((document) => (
    <div key={document.document} data-document={document.document}>
      <h3>{document.name}</h3>
      <ul className="rp-inline-list">
        {document.languages.map(({ language, name, links }) => (
          <li key={language}>
            <span lang={language}>{name}</span>
            {links.map((link) => (
              <span key={link.format}>
                {" · "}
                <a href={link.href} download hrefLang={language} aria-label={link.label} data-language={language} data-format={link.format}>
                  {link.text}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
      {document.help && <p className="help">{document.help}</p>}
    </div>
  ));
}
