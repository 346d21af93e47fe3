"use client";

import "./globals.css";

/**
 * What a page shows when it cannot be rendered at all (the database unreachable, a bug): in
 * place of the whole layout, so without the session, the messages or the user's language —
 * hence both languages at once. Nothing is half-written: every write is one transaction.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body>
        <main className="content narrow">
          <h1>Service momentanément indisponible</h1>
          <p>Rien n&apos;a été modifié. Réessayez dans quelques instants.</p>
          <div lang="en">
            <h2>Service temporarily unavailable</h2>
            <p>Nothing was changed. Please try again in a moment.</p>
          </div>
          <p>
            <button type="button" className="button primary" onClick={() => reset()}>
              Réessayer · Try again
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
