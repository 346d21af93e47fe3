import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect } from "vitest";
import type { Page } from "playwright-core";
import { expectHeading, expectRequestStatus, expectStatus, moveForm as move, signedInSessions, storySteps } from "./pages";

/**
 * Everyone is told when it is their move (issue 10): the demo's Philippine request in review
 * is validated by the Paris manager and transmitted by the magistrate; the Philippine officer
 * is told at once (bell, home page, one e-mail in the outbox) and asks a question; the
 * magistrate finds it on her home page. Nobody is told twice, and the Philippine manager,
 * whose move none of these is, is not told at all.
 */

let magistrate: Page;
let manager: Page;
let officerPH: Page;
let managerPH: Page;
let admin: Page;
const sessions = signedInSessions({
  magistrate: "magistrate@demo.example",
  manager: "manager@demo.example",
  officerPH: "liaison.ph@demo.example",
  managerPH: "manager.ph@demo.example",
  admin: "admin@demo.example",
});
beforeAll(() => {
  ({ magistrate, manager, officerPH, managerPH, admin } = sessions.pages);
});

const run = randomBytes(4).toString("hex");
const WAIVER_REASON = `Pièces remises au BEPI sur support papier (run ${run}).`;
const QUESTION = `Which accounts does the disclosure order cover? (run ${run})`;
const POLL = { timeout: 15_000, interval: 100 };

let requestId = "";
let reference = "";
const bellBefore: Record<string, number> = {};

/** The unread count the bell announces ("Notifications: 3 unread"), after a fresh load of the home page. */
async function bellCount(page: Page): Promise<number> {
  await page.goto("/");
  const label = (await page.locator("a.bell").getAttribute("aria-label")) ?? "";
  const count = label.match(/\d+/);
  if (!count) throw new Error(`the bell says "${label}"`);
  return Number(count[0]);
}

/** The notifications listed for this person that name the request, newest first. */
async function notificationsAbout(page: Page, ref: string): Promise<string[]> {
  await page.goto("/notifications");
  await page.getByRole("heading", { level: 1 }).waitFor();
  const items = await page.locator("ul.notification-list > li > p:first-child").allInnerTexts();
  return items.filter((text) => text.includes(ref)).map((text) => text.replace(/^(Unread|Non lue)\s*/, "").trim());
}

/** The references listed in one section of the home page, named by its heading. */
async function homeSection(page: Page, title: string): Promise<string[]> {
  await page.goto("/");
  const section = page.getByRole("region", { name: title, exact: true });
  await section.waitFor();
  return section.locator("li[data-reference]").evaluateAll((items) => items.map((li) => li.getAttribute("data-reference") ?? ""));
}

/** The outbox rows (recipient, subject) about this request, as the administrator sees them. */
async function outboxAbout(ref: string): Promise<{ to: string; subject: string }[]> {
  await admin.goto("/admin/outbox");
  await expectHeading(admin, "Outgoing e-mail");
  const rows = await admin.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "");
      return { to: cells[1] ?? "", subject: cells[2] ?? "" };
    }),
  );
  return rows.filter((row) => row.subject.includes(ref));
}

const step = storySteps();

describe("everyone is told when it is their move", () => {
  step("the Paris manager finds the request awaiting validation on his home page, validates it and waives what is missing", async () => {
    for (const [name, page] of Object.entries({ magistrate, officerPH })) bellBefore[name] = await bellCount(page);

    const awaiting = await homeSection(manager, "En attente de votre validation");
    expect(awaiting.length, "the demo has a Philippine request in review").toBeGreaterThan(0);
    reference = awaiting[0]!;
    await manager.getByRole("region", { name: "En attente de votre validation", exact: true }).getByRole("link", { name: reference, exact: true }).click();
    await manager.waitForURL((url) => url.pathname.startsWith("/requests/"));
    requestId = new URL(manager.url()).pathname.split("/")[2]!;
    await expectHeading(manager, reference);
    await move(manager, "Valider").getByRole("button", { name: "Valider", exact: true }).click();
    await expectRequestStatus(manager, "Validée");

    const checklist = manager.getByRole("region", { name: "Liste de contrôle avant transmission", exact: true });
    for (let guard = 0; guard < 20; guard++) {
      const next = checklist.getByText(/^Dispenser de « .+ »$/).first();
      if ((await next.count()) === 0) break;
      const item = (await next.textContent())!.replace(/^Dispenser de « (.+) »$/, "$1");
      await next.click();
      await checklist.getByLabel(`Motif de la dispense pour « ${item} »`, { exact: true }).fill(WAIVER_REASON);
      await checklist.getByRole("button", { name: `Dispenser de « ${item} »`, exact: true }).click();
      await expect.poll(() => checklist.getByLabel(`Motif de la dispense pour « ${item} »`, { exact: true }).count(), POLL).toBe(0);
    }
    await expect.poll(() => checklist.innerText(), POLL).toContain("Chaque élément est fourni ou dispensé.");
  });

  step("the magistrate finds it waiting for her move on her home page and transmits it", async () => {
    expect(await homeSection(magistrate, "En attente de votre action")).toContain(reference);
    await magistrate.goto(`/requests/${requestId}`);
    await expectRequestStatus(magistrate, "Validée");
    await move(magistrate, "Enregistrer la transmission").getByLabel("Voie de transmission utilisée", { exact: true }).selectOption({ label: "Autorités centrales" });
    await move(magistrate, "Enregistrer la transmission").getByRole("button", { name: "Enregistrer la transmission", exact: true }).click();
    await expectStatus(magistrate, "Enregistré : la demande est désormais « Transmise ».");
    await expectRequestStatus(magistrate, "Transmise");
  });

  step("the Philippine officer is told at once: the bell, the home page and one e-mail", async () => {
    expect(await bellCount(officerPH)).toBeGreaterThan(bellBefore.officerPH!);
    expect(await homeSection(officerPH, "Waiting for your move")).toContain(reference);
    expect(await notificationsAbout(officerPH, reference)).toEqual([
      `New request ${reference} transmitted to your authority by Claire Martin.`,
    ]);

    const mails = await outboxAbout(reference);
    expect(mails.filter((m) => m.to === "liaison.ph@demo.example")).toEqual([
      { to: "liaison.ph@demo.example", subject: `[MLA Tracker] ${reference}: Transmitted` },
    ]);
  });

  step("the officer takes it and asks a question; the magistrate's home page lists it", async () => {
    await officerPH.goto(`/requests/${requestId}`);
    await officerPH.getByRole("button", { name: "Take this request", exact: true }).click();
    await expect.poll(() => officerPH.locator(".rp-in-charge").innerText(), POLL).toContain("Maria Santos");
    await move(officerPH, "Ask for information").getByLabel("Question for the requesting authority", { exact: true }).fill(QUESTION);
    await move(officerPH, "Ask for information").getByRole("button", { name: "Ask for information", exact: true }).click();
    await expectRequestStatus(officerPH, "Information requested");

    expect(await homeSection(magistrate, "En attente de votre action")).toContain(reference);
    // Told of the validation and of the question, once each.
    expect(await bellCount(magistrate)).toBeGreaterThan(bellBefore.magistrate!);
    expect(await notificationsAbout(magistrate, reference)).toEqual([
      `Maria Santos a posé une question sur ${reference} : votre réponse est attendue.`,
      `Antoine Dubois a validé ${reference} : vous pouvez la transmettre.`,
    ]);
  });

  step("nobody is told twice of one move, and nobody whose move it is not is told", async () => {
    const mails = await outboxAbout(reference);
    const seen = new Map<string, number>();
    for (const m of mails) seen.set(`${m.to} ${m.subject}`, (seen.get(`${m.to} ${m.subject}`) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    expect(mails.some((m) => m.to === "manager.ph@demo.example")).toBe(false);
    expect(await notificationsAbout(managerPH, reference)).toEqual([]);
    // The officer took it herself: no notification for that, and none for her own question.
    expect(await notificationsAbout(officerPH, reference)).toHaveLength(1);
  });
});
