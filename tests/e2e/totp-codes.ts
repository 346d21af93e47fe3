import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { generate } from "otplib";
import { DEMO_TOTP_SECRETS } from "@/db/seed/reference-data";

/**
 * The authenticator app of the e2e run. The server accepts each time step's code once per
 * account (lib/users/second-factor.ts), and the test files sign the same accounts in again and
 * again, one file after another: the steps already used, and the keys of accounts set up
 * during the run, are kept in a file per server (its port), which every test file reads.
 */
const PERIOD_MS = 30_000;

interface TotpRecord {
  secrets: Record<string, string>;
  lastSteps: Record<string, number>;
}

function recordFile(): string {
  return join(tmpdir(), `mla-e2e-totp-${new URL(inject("baseURL")).port}.json`);
}

function readRecord(): TotpRecord {
  const file = recordFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as TotpRecord) : { secrets: {}, lastSteps: {} };
}

function writeRecord(record: TotpRecord): void {
  writeFileSync(recordFile(), JSON.stringify(record));
}

/** The key of an account's authenticator: a demo account's (README), or one set up during the run. */
export function totpSecretOf(email: string): string | undefined {
  return readRecord().secrets[email] ?? DEMO_TOTP_SECRETS[email];
}

/** Remembers a key the run set up (shown on /account), for the sign-ins that follow. */
export function rememberTotpSecret(email: string, secret: string): void {
  const record = readRecord();
  record.secrets[email] = secret;
  delete record.lastSteps[email];
  writeRecord(record);
}

/**
 * A code the server has not accepted yet for this account: the current step's, else the next
 * step's (the server tolerates one step of drift), else it waits for the next step.
 */
export async function nextTotpCode(email: string): Promise<string> {
  const secret = totpSecretOf(email);
  if (!secret) throw new Error(`The sign-in of ${email} asks for a code, and no TOTP key is known for it.`);
  for (;;) {
    const current = Math.floor(Date.now() / PERIOD_MS);
    const record = readRecord();
    const step = Math.max(current, (record.lastSteps[email] ?? 0) + 1);
    if (step <= current + 1) {
      record.lastSteps[email] = step;
      writeRecord(record);
      return generate({ secret, epoch: (step * PERIOD_MS) / 1000 });
    }
    await new Promise((resolve) => setTimeout(resolve, (current + 1) * PERIOD_MS - Date.now() + 200));
  }
}

/** Six digits that the server refuses for this account now (valid for none of the steps it accepts). */
export async function wrongTotpCode(email: string): Promise<string> {
  const secret = totpSecretOf(email)!;
  const now = Math.floor(Date.now() / PERIOD_MS);
  const valid = await Promise.all([-1, 0, 1, 2].map((n) => generate({ secret, epoch: ((now + n) * PERIOD_MS) / 1000 })));
  return ["000000", "111111", "222222", "333333", "444444"].find((code) => !valid.includes(code))!;
}
