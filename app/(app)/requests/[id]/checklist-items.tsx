"use client";

import type { ReactNode } from "react";
import { Link } from "@/app/_components/link";
import type { ChecklistStatus } from "@/lib/checklists/evaluate";
import { ChecklistProvideForm } from "./checklist-provide-form";
import { ChecklistWaiverForm } from "./checklist-waiver-form";
import type { UploadLimits } from "./document-upload-limits";

/** One item of the checklist, as it reads: every text translated and formatted already (checklist-progress.tsx). */
export interface ChecklistEntry {
  key: string;
  label: string;
  status: ChecklistStatus;
  statusClass: string;
  statusLabel: string;
  why: { term: string; value: string };
  waiver: { term: string; reason: string; by: string } | null;
  /** What provides the item, or what would; a link to the document that does, when one does. */
  described: ReactNode;
  /** Where a missing field is filled in: on this page (an anchor), or the draft's form. */
  fieldLink: { href: string; text: string; onPage: boolean } | null;
  /** "Provide": the upload, preset with what the item asks for. */
  provide: { documentType: string; documentLanguage: string | null } | null;
  waivable: boolean;
}

/**
 * The checklist's items. A client component for the reason the request list's table is one
 * (requests-table.tsx): an item travels to the page as its texts, not as the elements that
 * lay it out; its forms are client components already.
 */
export function ChecklistItems({
  items,
  requestId,
  version,
  defaultLanguage,
  limits,
}: {
  items: ChecklistEntry[];
  requestId: string;
  version: number;
  defaultLanguage: string;
  limits: UploadLimits;
}) {
  return (
    <ol className="cl-items">
      {items.map((item) => {
        const id = `checklist-${item.key}`;
        return (
          <li key={item.key} id={id} className={`cl-item cl-item-${item.status}`}>
            <div className="rp-item-head">
              <h3 id={`${id}-title`}>{item.label}</h3>
              <span className={`badge ${item.statusClass}`}>{item.statusLabel}</span>
            </div>
            <dl className="rp-event-details">
              <div>
                <dt>{item.why.term}</dt>
                <dd>{item.why.value}</dd>
              </div>
              {item.waiver && (
                <div>
                  <dt>{item.waiver.term}</dt>
                  <dd>
                    <span className="rp-text">{item.waiver.reason}</span>
                    <span className="rp-detail">{item.waiver.by}</span>
                  </dd>
                </div>
              )}
            </dl>
            {item.described && <p className="help">{item.described}</p>}
            {item.fieldLink && (
              <p className="cl-field-link">
                {item.fieldLink.onPage ? <a href={item.fieldLink.href}>{item.fieldLink.text}</a> : <Link href={item.fieldLink.href}>{item.fieldLink.text}</Link>}
              </p>
            )}
            {item.provide && (
              <ChecklistProvideForm
                requestId={requestId}
                version={version}
                itemKey={item.key}
                itemLabel={item.label}
                documentType={item.provide.documentType}
                documentLanguage={item.provide.documentLanguage}
                defaultLanguage={defaultLanguage}
                missing={item.status === "missing"}
                limits={limits}
              />
            )}
            {item.waivable && <ChecklistWaiverForm requestId={requestId} version={version} itemKey={item.key} itemLabel={item.label} />}
          </li>
        );
      })}
    </ol>
  );
}
