import { describe, expect, it } from "vitest";
import { chooseLocale, localeFromAcceptLanguage } from "@/lib/i18n/locale";

describe("locale choice", () => {
  it("reads the browser's preferred supported language", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,fr;q=0.5,en;q=0.3")).toBe("fr");
    expect(localeFromAcceptLanguage("fr;q=0.2,en;q=0.7")).toBe("en");
    expect(localeFromAcceptLanguage("es-CO,es;q=0.9")).toBeUndefined();
    expect(localeFromAcceptLanguage("en;q=0,fr;q=0.1")).toBe("fr");
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });

  it("prefers the user's setting, then the cookie, then the browser, then French", () => {
    expect(chooseLocale({ userLocale: "en", cookie: "fr", acceptLanguage: "fr" })).toBe("en");
    expect(chooseLocale({ cookie: "en", acceptLanguage: "fr" })).toBe("en");
    expect(chooseLocale({ cookie: "xx", acceptLanguage: "en-US" })).toBe("en");
    expect(chooseLocale({})).toBe("fr");
  });
});
