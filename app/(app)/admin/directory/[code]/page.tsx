import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { CALENDAR_DATE, calendarDate } from "@/lib/dates";
import { inLocale } from "@/lib/i18n/locale";
import { countryForAdmin } from "@/lib/reference/admin-directory";
import { withdrawLegalBasisAction } from "../actions";
import { CountryForm } from "../country-form";
import { AuthorityForm } from "./authority-form";
import { LegalBasisForm } from "./legal-basis-form";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ notice?: string; error?: string }> };

const NOTICES: Record<string, string> = {
  countryAdded: "country.added",
  withdrawn: "legalBases.withdrawn",
  authoritySaved: "authorities.saved",
};

/** One country of the directory: its facts, its legal bases, its authorities (administrators only). */
export default async function DirectoryCountryPage({ params, searchParams }: Props) {
  const [ctx, { code }, query] = await Promise.all([requestContext(), params, searchParams]);
  const view = await loadOrDeny(() => countryForAdmin(ctx, code));
  const [t, tAll, format, locale] = await Promise.all([getTranslations("directory"), getTranslations(), getFormatter(), getLocale()]);
  const { country } = view;
  const name = inLocale(locale, { fr: country.nameFr, en: country.nameEn });
  const nameOf = (c: { nameFr: string; nameEn: string }) => inLocale(locale, { fr: c.nameFr, en: c.nameEn });
  const partnerName = (partnerCode: string) => nameOf(view.partners.find((p) => p.code === partnerCode) ?? { nameFr: partnerCode, nameEn: partnerCode });
  const date = (iso: string) => format.dateTime(calendarDate(iso), CALENDAR_DATE);
  const notice = query.notice && NOTICES[query.notice];
  const errorKey = query.error && tAll.has(`errors.${query.error}`) ? `errors.${query.error}` : undefined;

  return (
    <>
      <p>
        <Link href="/admin/directory">{t("country.back")}</Link>
      </p>
      <h1>{t("country.heading", { name, code: country.code })}</h1>
      {notice && (
        <p role="status" className="alert alert-success">
          {t(notice)}
        </p>
      )}
      {errorKey && (
        <p role="alert" className="alert alert-error">
          {tAll(errorKey)}
        </p>
      )}
      {!view.holidaysKnown && <p className="alert alert-error">{t("country.holidaysUnknown")}</p>}

      <section className="panel" aria-labelledby="country-title">
        <h2 id="country-title">{t("country.factsTitle")}</h2>
        <CountryForm
          country={{
            code: country.code,
            nameFr: country.nameFr,
            nameEn: country.nameEn,
            languages: country.languages.join(", "),
            timeZone: country.timeZone,
            euMember: country.euMember,
            budapestPartySince: country.budapestPartySince ?? "",
          }}
          timeZones={Intl.supportedValuesOf("timeZone")}
        />
      </section>

      <section className="panel" aria-labelledby="bases-title">
        <h2 id="bases-title">{t("legalBases.title")}</h2>
        <h3>{t("legalBases.derivedTitle")}</h3>
        <ul>
          <li>{view.bindsEio ? t("legalBases.eio") : country.euMember ? t("legalBases.eioNotBound") : t("legalBases.noEio")}</li>
          <li>{country.budapestPartySince ? t("legalBases.budapest", { date: date(country.budapestPartySince) }) : t("legalBases.noBudapest")}</li>
        </ul>
        <h3>{t("legalBases.recordedTitle")}</h3>
        {view.legalBases.length === 0 ? (
          <p className="muted">{t("legalBases.noneRecorded")}</p>
        ) : (
          <RecordTable
            caption={t("legalBases.caption")}
            captionHidden
            columns={[t("legalBases.with"), t("legalBases.basis"), t("legalBases.instrument"), t("legalBases.signedOn"), t("legalBases.actions")]}
          >
            {view.legalBases.map((b) => (
              <tr key={b.id}>
                <td>{partnerName(b.partnerCode)}</td>
                <td>{tAll(`legalBases.${b.basis}`)}</td>
                <td>{b.instrument || t("none")}</td>
                <td>{b.signedOn ? date(b.signedOn) : t("none")}</td>
                <td>
                  <form action={withdrawLegalBasisAction}>
                    <input type="hidden" name="legalBasisId" value={b.id} />
                    <input type="hidden" name="countryCode" value={country.code} />
                    <button
                      type="submit"
                      className="button small danger"
                      aria-label={t("legalBases.withdrawLabel", { basis: tAll(`legalBases.${b.basis}`), country: partnerName(b.partnerCode) })}
                    >
                      {t("legalBases.withdraw")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </RecordTable>
        )}
        <LegalBasisForm countryCode={country.code} partners={view.partners.map((p) => ({ code: p.code, name: nameOf(p) })).sort((a, b) => a.name.localeCompare(b.name, locale))} />
      </section>

      <section className="panel" aria-labelledby="authorities-title">
        <h2 id="authorities-title">{t("authorities.title")}</h2>
        {view.authorities.length === 0 ? (
          <p className="muted">{t("authorities.noneYet")}</p>
        ) : (
          <RecordTable
            caption={t("authorities.caption", { country: name })}
            captionHidden
            columns={[t("authorities.name"), t("authorities.kind"), t("authorities.measureTypes"), t("authorities.contact"), t("authorities.actions")]}
          >
            {view.authorities.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.name}</th>
                <td>{t(`kinds.${a.kind}`)}</td>
                <td>{a.measureTypes.length ? a.measureTypes.map((type) => tAll(`measureTypes.${type}`)).join(", ") : t("none")}</td>
                <td>{[a.address, a.email, a.phone, a.officeHours].filter(Boolean).join(" · ") || t("none")}</td>
                <td>
                  <Link href={`/admin/directory/${country.code}/authorities/${a.id}`} className="button small" aria-label={t("authorities.editLabel", { name: a.name })}>
                    {t("authorities.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </RecordTable>
        )}
        <section aria-labelledby="add-authority-title">
          <h3 id="add-authority-title">{t("authorities.addTitle")}</h3>
          <AuthorityForm countryCode={country.code} />
        </section>
      </section>
    </>
  );
}
