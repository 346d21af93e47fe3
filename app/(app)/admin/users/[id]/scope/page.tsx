import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { requestContext } from "@/lib/auth/session";
import { inLocale } from "@/lib/i18n/locale";
import { listCountries } from "@/lib/reference/list-countries";
import { listUnits } from "@/lib/users/directory";
import { managerScope } from "@/lib/users/manager-scope";
import { ScopeForm, type UnitGroup } from "./scope-form";

type Params = { params: Promise<{ id: string }> };

/** An administrator widens a manager's scope (404 for anyone who is not a manager). */
export default async function ManagerScopePage({ params }: Params) {
  const [ctx, { id }] = await Promise.all([requestContext(), params]);
  const [scope, units, countries] = await loadOrDeny(() => Promise.all([managerScope(ctx, id), listUnits(ctx), listCountries(ctx.db)]));
  const [t, locale] = await Promise.all([getTranslations("scopes"), getLocale()]);
  const countryName = (c: { nameFr: string; nameEn: string }) => inLocale(locale, { fr: c.nameFr, en: c.nameEn });

  // Units arrive ordered by country, then name: one group per country.
  const unitGroups: UnitGroup[] = [];
  for (const unit of units) {
    const last = unitGroups.at(-1);
    if (last?.code === unit.countryCode) last.units.push({ id: unit.id, name: unit.name });
    else
      unitGroups.push({
        code: unit.countryCode,
        country: countryName({ nameFr: unit.countryNameFr, nameEn: unit.countryNameEn }),
        units: [{ id: unit.id, name: unit.name }],
      });
  }

  return (
    <>
      <p>
        <Link href="/admin/users">{t("back")}</Link>
      </p>
      <h1>{t("title", { name: scope.manager.name })}</h1>
      <p className="muted">{scope.manager.email}</p>
      <p className="lead">{t("intro")}</p>
      <ScopeForm
        userId={scope.manager.id}
        ownUnitId={scope.manager.unitId}
        unitGroups={unitGroups}
        countries={countries.map((c) => ({ code: c.code, name: countryName(c) }))}
        unitIds={scope.unitIds}
        countryCodes={scope.countryCodes}
      />
    </>
  );
}
