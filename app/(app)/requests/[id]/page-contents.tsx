/** The page's sections as anchor links, so that what comes after "what to do now" is one tap away. */
export function PageContents({ label, sections }: { label: string; sections: { id: string; title: string }[] }) {
  return (
    <nav className="rp-contents" aria-label={label}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
