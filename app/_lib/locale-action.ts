"use server";

import { cookies } from "next/headers";
import { contextFor, currentActor } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";
import { setOwnLocale } from "@/lib/users/set-own-locale";

/** Public endpoint: anyone may choose a language; a signed-in user's choice is saved on their account. */
export async function switchLocale(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 365 * 24 * 3600,
  });
  const actor = await currentActor();
  if (actor) await setOwnLocale(contextFor(actor), { locale });
}
