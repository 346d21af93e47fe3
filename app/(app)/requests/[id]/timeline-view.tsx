"use client";

import { VisibilityMarkup, type VisibilityMark } from "./visibility-mark";

/** One event of the timeline, as it reads: every text translated and formatted already (timeline.tsx). */
export interface TimelineEntry {
  seq: number;
  /** ISO 8601, for machines and assistive technology; `atText` for the reader. */
  at: string;
  atText: string;
  /** The mark of a side's internal event (visibility-badge.tsx); none on a shared one. */
  internal: VisibilityMark;
  action: string;
  actorName: string;
  move: string | null;
  erased: string | null;
  details: { term: string; value: string; long?: boolean }[];
}

/**
 * The timeline's markup. A client component for the reason the request list's table is one
 * (requests-table.tsx): an event travels to the page as its texts, not as the twenty-odd
 * React elements that lay it out.
 */
export function TimelineView({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="rp-timeline">
      {entries.map((entry) => (
        <li key={entry.seq} className="rp-event">
          <p className="rp-meta">
            <time dateTime={entry.at}>{entry.atText}</time>
            <VisibilityMarkup mark={entry.internal} />
          </p>
          <p className="rp-event-title">
            <strong>{entry.action}</strong>
            <span className="muted"> — {entry.actorName}</span>
          </p>
          {entry.move && <p className="rp-event-move">{entry.move}</p>}
          {entry.erased && <p className="muted small">{entry.erased}</p>}
          {entry.details.length > 0 && (
            <dl className="rp-event-details">
              {entry.details.map((item) => (
                <div key={item.term}>
                  <dt>{item.term}</dt>
                  <dd className={item.long ? "rp-text" : undefined}>{item.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
