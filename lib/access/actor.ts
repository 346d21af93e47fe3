import type { Locale, Role } from "./roles";

/** The signed-in user as the domain sees them, loaded from the database on every request. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  /** Null only for administrators, who act for no unit. */
  unitId: string | null;
  unitName: string | null;
  /** Country of the actor's unit: a liaison officer's scope. */
  countryCode: string | null;
  /** IANA time zone of the actor's country, in which their dates are shown. */
  timeZone: string;
  /** A manager's requesting-side scope: their unit and the units of their scope; empty for others. */
  managedUnitIds: string[];
  /** A manager's requested-side scope: the countries whose incoming requests they oversee; empty for others. */
  receivingCountryCodes: string[];
}
