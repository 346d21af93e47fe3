import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/get-formatter";
import { RecordTable } from "@/app/_components/record-table";
import { TranslatedOptions } from "@/app/_components/translated-options";
import { loadOrDeny } from "@/app/_lib/page-guard";
import { ROLES } from "@/lib/access/roles";
import { requestContext } from "@/lib/auth/session";
import { inLocale } from "@/lib/i18n/locale";
import { listUnits, listUsers } from "@/lib/users/directory";
import { changeUserRoleAction, setUserActiveAction } from "./actions";
import { CreateUserForm } from "./create-user-form";
import { ResetSecondFactorForm } from "./reset-second-factor-form";

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string; error?: string }>;
}) {
  const ctx = await requestContext();
  const [users, units] = await loadOrDeny(() => Promise.all([listUsers(ctx), listUnits(ctx)]));
  const [t, format, locale, params] = await Promise.all([getTranslations(), getFormatter(), getLocale(), searchParams]);
  const unitOption = (u: (typeof units)[number]) => {
    const label = `${u.name} (${inLocale(locale, { fr: u.countryNameFr, en: u.countryNameEn })})`;
    return { id: u.id, label: u.closed ? t("admin.users.closedUnit", { unit: label }) : label };
  };
  // A closed unit takes no one new; those still in it may keep it when their role changes.
  const unitOptions = units.filter((u) => !u.closed).map(unitOption);
  const unitOptionsFor = (user: { unitId: string | null }) => units.filter((u) => !u.closed || u.id === user.unitId).map(unitOption);
  const errorKey = params.error && t.has(`errors.${params.error}`) ? `errors.${params.error}` : undefined;

  return (
    <>
      <h1>{t("admin.users.title")}</h1>
      <p className="lead">{t("admin.users.intro")}</p>
      {(params.notice === "updated" || params.notice === "secondFactorReset") && (
        <p role="status" className="alert alert-success">
          {t(`admin.users.${params.notice}`)}
        </p>
      )}
      {errorKey && (
        <p role="alert" className="alert alert-error">
          {t(errorKey)}
        </p>
      )}
      <RecordTable
        caption={t("admin.users.listCaption")}
        columns={[
          t("admin.users.name"),
          t("admin.users.email"),
          t("admin.users.unit"),
          t("admin.users.status"),
          t("admin.users.lastLogin"),
          t("admin.users.role"),
          t("admin.users.actions"),
        ]}
      >
        {users.map((user) => (
          <tr key={user.id} data-email={user.email}>
            <td>{user.name}</td>
            <td>{user.email}</td>
            <td>{user.unitName ?? "—"}</td>
            <td>
              <span className={`badge ${user.active ? "badge-ok" : "badge-muted"}`}>
                {user.active ? t("admin.users.active") : t("admin.users.disabled")}
              </span>
            </td>
            <td>{user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: "short", timeStyle: "short" }) : t("admin.users.never")}</td>
            <td>
              <form action={changeUserRoleAction} className="inline-form">
                <input type="hidden" name="userId" value={user.id} />
                <label className="mini-label" htmlFor={`role-${user.id}`}>
                  {t("admin.users.role")}
                </label>
                <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
                  <TranslatedOptions values={ROLES} namespace="roles" />
                </select>
                <label className="mini-label" htmlFor={`unit-${user.id}`}>
                  {t("admin.users.unit")}
                </label>
                <select id={`unit-${user.id}`} name="unitId" defaultValue={user.unitId ?? ""}>
                  <option value="">{t("admin.users.noUnit")}</option>
                  {unitOptionsFor(user).map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.label}
                    </option>
                  ))}
                </select>
                <button type="submit" className="button small" aria-label={t("admin.users.changeRoleOf", { email: user.email })}>
                  {t("admin.users.save")}
                </button>
              </form>
            </td>
            <td>
              <div className="inline-form">
                {user.role === "manager" && (
                  <Link
                    href={`/admin/users/${user.id}/scope`}
                    className="button small"
                    aria-label={t("scopes.linkLabel", { name: user.name })}
                  >
                    {t("scopes.link")}
                  </Link>
                )}
                {user.id !== ctx.actor.id && (
                  <form action={setUserActiveAction}>
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="active" value={user.active ? "false" : "true"} />
                    <button
                      type="submit"
                      className={`button small ${user.active ? "danger" : ""}`}
                      aria-label={t(user.active ? "admin.users.disableUser" : "admin.users.enableUser", { email: user.email })}
                    >
                      {user.active ? t("admin.users.disable") : t("admin.users.enable")}
                    </button>
                  </form>
                )}
                {user.id !== ctx.actor.id && user.hasSecondFactor && <ResetSecondFactorForm userId={user.id} email={user.email} />}
              </div>
            </td>
          </tr>
        ))}
      </RecordTable>
      <section className="panel" aria-labelledby="create-title">
        <h2 id="create-title">{t("admin.users.createTitle")}</h2>
        <CreateUserForm units={unitOptions} />
      </section>
    </>
  );
}
