import type { NextDeadlineShown } from "@/app/_components/next-deadline-shown";

/** The markup of a next deadline: no hooks, so that server and client components share it. */
export function NextDeadlineMarkup({ shown }: { shown: NextDeadlineShown }) {
  if (shown.kind === "cannotCompute") return <span className="badge badge-warn">{shown.text}</span>;
  if (shown.kind === "none") return <span className="muted">{shown.text}</span>;
  return (
    <span className={shown.overdue ? "rq-overdue" : undefined}>
      <time dateTime={shown.at}>{shown.text}</time>
      {shown.overdue && <span className="badge badge-danger">{shown.overdue}</span>}
    </span>
  );
}
