"use client";

import { Link } from "@/app/_components/link";
import { NextDeadlineMarkup } from "@/app/_components/next-deadline-markup";
import type { NextDeadlineShown } from "@/app/_components/next-deadline-shown";
import { StatusBadgeMarkup } from "@/app/_components/status-badge-markup";
import type { RequestStatus, Urgency } from "@/lib/requests/vocabulary";

/** One request of a home page section, as it reads: every text translated and formatted already (work-section.tsx). */
export interface WorkLine {
  id: string;
  reference: string;
  overdue: boolean;
  status: RequestStatus;
  statusLabel: string;
  /** Urgent and very urgent only: a normal request carries no mark. */
  urgency: { level: Exclude<Urgency, "normal">; label: string } | null;
  country: string;
  /** "from <unit>", for those who receive from several units. */
  from: string | null;
  deadline: NextDeadlineShown;
  /** The latest event the reader may see: what happened, when (ISO 8601 and as it reads). */
  latest: { action: string; at: string; text: string } | null;
}

/**
 * The lines of a home page section. A client component for the reason the request list's table
 * is one (requests-table.tsx): a line travels to the page as about 400 bytes of data instead of
 * some thirty React elements to serialise, parse back and inline. Same markup as before.
 */
export function WorkLines({ lines, nextDeadlineLabel }: { lines: WorkLine[]; nextDeadlineLabel: string }) {
  return (
    <ul className="work-list">
      {lines.map((line) => (
        <li key={line.id} className={line.overdue ? "work-item work-item-overdue" : "work-item"} data-reference={line.reference}>
          <p className="work-line">
            <Link href={`/requests/${line.id}`} className="rq-ref">
              {line.reference}
            </Link>
            <StatusBadgeMarkup status={line.status} label={line.statusLabel} />
            {line.urgency && <span className={`badge rq-urgency-${line.urgency.level}`}>{line.urgency.label}</span>}
            <span>{line.country}</span>
            {line.from && <span className="muted">{line.from}</span>}
          </p>
          <p className="work-line">
            <span>
              <span className="muted">{nextDeadlineLabel}</span> <NextDeadlineMarkup shown={line.deadline} />
            </span>
            {line.latest && (
              <span>
                <strong>{line.latest.action}</strong> <span className="muted">·</span> <time dateTime={line.latest.at}>{line.latest.text}</time>
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
