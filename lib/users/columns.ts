import { units, users } from "@/db/schema";

/** An account as the app reads it, with its unit (join `units` on the user's unit). Never the password hash. */
export const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  active: users.active,
  unitId: users.unitId,
  unitName: units.name,
  countryCode: units.countryCode,
};
