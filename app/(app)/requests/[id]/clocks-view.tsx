"use client";

/** One clock of the request, as it reads: every text translated and formatted already (clocks.tsx). */
export interface ClockEntry {
  key: string;
  kind: string;
  measureId?: string;
  state: string;
  title: string;
  stateLabel: string;
  side: string;
  due: string;
  /** When it falls due in the viewer's time zone, and in the responsible side's when that is another. */
  dueIn: string;
  dueInOtherZone: string | null;
  left: string | null;
  paused: string | null;
  pausedDays: string | null;
  source: string;
}

/**
 * The clocks' markup. A client component for the reason the request list's table is one
 * (requests-table.tsx): a clock travels to the page as its texts, not as the elements that lay it out.
 */
export function ClocksView({ clocks }: { clocks: ClockEntry[] }) {
  return (
    <ul className="dl-clocks">
      {clocks.map((clock) => (
        <li key={clock.key} className={`dl-clock dl-${clock.state}`} data-clock={clock.kind} data-measure={clock.measureId}>
          <p className="dl-title">
            <strong>{clock.title}</strong> <span className={`badge dl-state-${clock.state}`}>{clock.stateLabel}</span>
          </p>
          <p className="small">
            {clock.side} · {clock.due} {clock.dueIn}
            {clock.dueInOtherZone && <span className="muted"> ({clock.dueInOtherZone})</span>}
          </p>
          {clock.left && <p className="small">{clock.left}</p>}
          {clock.paused && <p className="small">{clock.paused}</p>}
          {clock.pausedDays && <p className="small muted">{clock.pausedDays}</p>}
          <p className="small muted">{clock.source}</p>
        </li>
      ))}
    </ul>
  );
}
