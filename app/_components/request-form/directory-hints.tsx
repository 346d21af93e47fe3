"use client";

import { useFormatter } from "@/lib/i18n/formatter";
import { useTranslations } from "@/lib/i18n/use-translations";
import { CALENDAR_DATE, calendarDate } from "@/lib/dates";
import type { CountryDirectory } from "@/lib/reference/directory";
import type { RankedAuthority } from "@/lib/reference/propose";

/**
 * What the directory tells the drafter beside two fields of the request form: the authority
 * it proposes (with how to reach it) and the legal bases recorded with the requested State.
 * The choice stays the drafter's; the server checks the legal basis (lib/reference/directory.ts).
 */

export const AUTHORITY_OPTIONS_ID = "rq-requestedAuthority-options";

export function AuthorityProposal({
  countryChosen,
  ranked,
  proposal,
  onUse,
}: {
  countryChosen: boolean;
  ranked: RankedAuthority[];
  proposal: RankedAuthority | null;
  onUse: (name: string) => void;
}) {
  const t = useTranslations();
  if (!countryChosen) return null;
  return (
    <div className="rq-wide" id="rq-requestedAuthority-proposal">
      <datalist id={AUTHORITY_OPTIONS_ID}>
        {ranked.map((r) => (
          <option key={r.authority.id} value={r.authority.name} />
        ))}
      </datalist>
      {ranked.length === 0 && <p className="help">{t("directory.form.noAuthority")}</p>}
      {proposal && (
        <div className="panel" role="group" aria-labelledby="rq-proposal-title">
          <p>
            <span id="rq-proposal-title">{t("directory.form.proposed")}</span>{" "}
            <strong data-testid="proposed-authority">{proposal.authority.name}</strong> ({t(`directory.kinds.${proposal.authority.kind}`)})
          </p>
          <p className="help">
            {proposal.covers.length > 0
              ? t("directory.form.competentFor", { measures: proposal.covers.map((type) => t(`measureTypes.${type}`)).join(", ") })
              : t("directory.form.receivesAny")}
          </p>
          <ContactLines authority={proposal.authority} />
          <button type="button" className="button small" onClick={() => onUse(proposal.authority.name)}>
            {t("directory.form.use")}
          </button>
        </div>
      )}
    </div>
  );
}

function ContactLines({ authority }: { authority: RankedAuthority["authority"] }) {
  const t = useTranslations("directory");
  const lines = (["address", "email", "phone", "officeHours"] as const).filter((key) => authority[key]);
  if (lines.length === 0) return null;
  return (
    <ul className="help rq-plain">
      {lines.map((key) => (
        <li key={key}>
          {t("form.contactLine", { label: t(`authorities.${key}`), value: authority[key] })}
        </li>
      ))}
    </ul>
  );
}

/** The legal bases the directory records with the requested State, with their instruments and dates. */
export function LegalBasisNotes({ countryChosen, entry }: { countryChosen: boolean; entry: CountryDirectory | undefined }) {
  const t = useTranslations();
  const format = useFormatter();
  if (!countryChosen) return <p className="help rq-wide">{t("directory.form.chooseCountryFirst")}</p>;
  if (!entry || entry.bases.length === 0) return <p className="help rq-wide">{t("directory.form.noBasis")}</p>;
  const date = (iso: string) => format.dateTime(calendarDate(iso), CALENDAR_DATE);
  return (
    <div className="rq-wide">
      <p className="help" id="rq-legalBasis-directory">
        {t("directory.form.basesTitle")}
      </p>
      <ul className="help rq-plain" aria-labelledby="rq-legalBasis-directory">
        {entry.bases.map((b) => (
          <li key={`${b.basis}-${b.instrument}`}>
            {t(`legalBases.${b.basis}`)}
            {b.instrument && ` — ${b.instrument}`}
            {b.since && ` (${t(b.basis === "budapest_convention" ? "directory.form.since" : "directory.form.signed", { date: date(b.since) })})`}
          </li>
        ))}
      </ul>
    </div>
  );
}
