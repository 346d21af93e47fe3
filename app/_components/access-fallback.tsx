import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";

/**
 * What the 403 and 404 pages say. Inside the signed-in layout they render in its <main>;
 * outside it (an unknown address, app/not-found.tsx) the page gives its own <main>.
 */
export async function AccessFallback({ kind }: { kind: "forbidden" | "notFound" }) {
  const t = await getTranslations("errors");
  return (
    <>
      <h1>{kind === "forbidden" ? t("forbiddenTitle") : t("pageNotFound")}</h1>
      <p>{kind === "forbidden" ? t("forbidden") : t("pageNotFoundText")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </>
  );
}
