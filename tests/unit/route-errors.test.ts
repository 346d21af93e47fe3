import { afterEach, describe, expect, it, vi } from "vitest";
import { errorResponse, signInRequiredResponse } from "@/app/_lib/route-errors";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";

/** Status, body and the headers that keep a plain-text answer private and unsniffed. */
async function read(response: Response) {
  return {
    status: response.status,
    body: await response.text(),
    type: response.headers.get("content-type"),
    cache: response.headers.get("cache-control"),
    sniff: response.headers.get("x-content-type-options"),
  };
}

const PRIVATE_TEXT = { type: "text/plain; charset=utf-8", cache: "private, no-store", sniff: "nosniff" };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a route handler's errors as responses", () => {
  it("answers a bad filter with 400 naming each problem, in the reader's language", async () => {
    const error = new Invalid("invalid", { country: ["unknownCountry"], to: ["periodInverted"] });
    expect(await read(errorResponse(error, "fr", "test"))).toEqual({
      status: 400,
      body: "Les filtres ne sont pas valides : Ce pays ne figure pas dans la liste de référence. La fin de la période précède son début.",
      ...PRIVATE_TEXT,
    });
    expect(await read(errorResponse(error, "en", "test"))).toEqual({
      status: 400,
      body: "The filters are not valid: This country is not in the reference list. The end of the period comes before its start.",
      ...PRIVATE_TEXT,
    });
  });

  it("answers an Invalid without field issues with its own sentence", async () => {
    expect(await read(errorResponse(new Invalid("noMeasureReturned"), "en", "test"))).toEqual({
      status: 400,
      body: "Record the result of at least one measure first.",
      ...PRIVATE_TEXT,
    });
  });

  it("answers every other domain error with its status and its errors.<code> sentence", async () => {
    const cases = [
      [new NotFound(), 404, "Cet élément n'existe pas ou ne vous est pas accessible.", "This item does not exist or is not available to you."],
      [new Forbidden(), 403, "Vous n'êtes pas autorisé·e à effectuer cette action.", "You are not allowed to do this."],
      [
        new Conflict("stale"),
        409,
        "Cette demande a été modifiée par quelqu'un d'autre. Rechargez la page pour voir les changements, puis réessayez.",
        "This request was changed by someone else. Reload the page to see the changes, then try again.",
      ],
    ] as const;
    for (const [error, status, fr, en] of cases) {
      expect(await read(errorResponse(error, "fr", "test"))).toEqual({ status, body: fr, ...PRIVATE_TEXT });
      expect(await read(errorResponse(error, "en", "test"))).toEqual({ status, body: en, ...PRIVATE_TEXT });
    }
  });

  it("answers a failed integrity check with 409 and the document's explanation", async () => {
    const fr = await read(errorResponse(new Conflict("integrityFailure"), "fr", "test"));
    expect(fr).toMatchObject({ status: 409, ...PRIVATE_TEXT });
    expect(fr.body).toMatch(/^Cette pièce n'a pas satisfait au contrôle d'intégrité : .*SHA-256/);
    const en = await read(errorResponse(new Conflict("integrityFailure"), "en", "test"));
    expect(en).toMatchObject({ status: 409, ...PRIVATE_TEXT });
    expect(en.body).toMatch(/^This document failed its integrity check: .*SHA-256/);
  });

  it("answers anything else with 500 and a generic sentence, logging the kind of error but not its message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = new TypeError("case MLA-2026-FR-PH-0001: suspect Jane Doe");
    expect(await read(errorResponse(failure, "fr", "api/test"))).toEqual({
      status: 500,
      body: "Une erreur est survenue. Rien n'a été modifié ; veuillez réessayer.",
      ...PRIVATE_TEXT,
    });
    const en = await read(errorResponse(failure, "en", "api/test"));
    expect(en.body).toBe("Something went wrong. Nothing was changed; please try again.");
    expect(en.body).not.toContain("TypeError");
    expect(log).toHaveBeenCalledWith("[api/test] unexpected TypeError");
    expect(log.mock.calls.flat().join(" ")).not.toContain("Jane Doe");
  });
});

describe("a route handler without a session", () => {
  it("answers 401 in the browser's language, French when it asks for none we speak", async () => {
    expect(await read(signInRequiredResponse("en-GB,en;q=0.9"))).toEqual({ status: 401, body: "Sign in to download this file.", ...PRIVATE_TEXT });
    expect(await read(signInRequiredResponse("fr-FR"))).toEqual({ status: 401, body: "Connectez-vous pour télécharger ce fichier.", ...PRIVATE_TEXT });
    expect((await read(signInRequiredResponse("de-DE"))).body).toBe("Connectez-vous pour télécharger ce fichier.");
    expect((await read(signInRequiredResponse(null))).body).toBe("Connectez-vous pour télécharger ce fichier.");
  });
});
