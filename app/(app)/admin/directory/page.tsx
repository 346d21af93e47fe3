import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { CALENDAR_DATE, calendarDate } from "@/lib/dates";
import { inLocale } from "@/lib/i18n/locale";
import { listDirectory } from "@/lib/reference/admin-directory";
import { CountryForm } from "./country-form";

/** The directory's countries (administrators: the verb answers 403 to anyone else). */
export default async function DirectoryPage() {
  const ctx = await requestContext();
  const countries = await loadOrDeny(() => listDirectory(ctx));
  const [t, format, locale] = await Promise.all([getTranslations("directory"), getFormatter(), getLocale()]);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <RecordTable
        caption={t("list.caption")}
        columns={[
          t("list.country"),
          t("list.code"),
          t("list.languages"),
          t("list.timeZone"),
          t("list.euMember"),
          t("list.budapest"),
          t("list.authorities"),
          t("list.holidays"),
        ]}
      >
        {countries.map((c) => (
          <tr key={c.code}>
            <th scope="row">
              <Link href={`/admin/directory/${c.code}`}>{inLocale(locale, { fr: c.nameFr, en: c.nameEn })}</Link>
            </th>
            <td>{c.code}</td>
            <td>{c.languages.join(", ")}</td>
            <td>{c.timeZone}</td>
            <td>{c.euMember ? t("yes") : t("no")}</td>
            <td>{c.budapestPartySince ? format.dateTime(calendarDate(c.budapestPartySince), CALENDAR_DATE) : t("none")}</td>
            <td>{c.authorityCount}</td>
            <td>
              <span className={`badge ${c.holidaysKnown ? "badge-ok" : "badge-warn"}`}>
                {c.holidaysKnown ? t("list.holidaysKnown") : t("list.holidaysUnknown")}
              </span>
            </td>
          </tr>
        ))}
      </RecordTable>
      <section className="panel" aria-labelledby="add-country-title">
        <h2 id="add-country-title">{t("country.addTitle")}</h2>
        <CountryForm timeZones={Intl.supportedValuesOf("timeZone")} />
      </section>
    </>
  );
}
