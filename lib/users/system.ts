import type { Actor } from "@/lib/access/actor";

/**
 * The account in whose name scheduled tasks record what they do (the retention job's
 * erasures), created by migration 0016: disabled and without a password, so nobody signs in
 * as it; administrator by role so that it belongs to no unit. The user lists leave it out.
 */
export const SYSTEM_USER_ID = "00000000-0000-4000-8000-000000000001";

export const SYSTEM_ACTOR: Actor = {
  id: SYSTEM_USER_ID,
  email: "system@mla-tracker.invalid",
  name: "MLA Tracker",
  role: "admin",
  locale: "fr",
  unitId: null,
  unitName: null,
  countryCode: null,
  timeZone: "Europe/Paris",
  managedUnitIds: [],
  receivingCountryCodes: [],
};
