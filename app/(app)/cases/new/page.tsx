import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/policy";
import { requestContext } from "@/lib/auth/session";
import { CaseForm } from "./case-form";

export default async function NewCasePage() {
  const { actor } = await requestContext();
  // The form is for those who may open a case; the action's verb checks again on submission.
  if (!can(actor, "cases.create")) forbidden();
  const t = await getTranslations("cases.new");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <CaseForm />
    </>
  );
}
