import { z } from "zod";
import { UNIT_KINDS } from "@/lib/access/roles";
import { LIMITS } from "@/lib/requests/schemas";

/** What an administrator types into the units' forms, validated once for the verbs. */

/** Like the seed's keys (FR-PARIS-MINORS): the code names the unit in the seed and the directory, so it never changes. */
const UNIT_CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

const unitCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1)
  .max(40)
  .refine((code) => code === "" || UNIT_CODE.test(code), { error: "invalidUnitCode" });

const unitFields = z.object({
  name: z.string().trim().min(1).max(LIMITS.short),
  kind: z.enum(UNIT_KINDS),
});

export const addUnitInput = unitFields.extend({
  code: unitCode,
  // Checked against the countries table in the verb: this only shapes it.
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "unknownCountry" }),
});

export const updateUnitInput = unitFields.extend({ unitId: z.uuid() });

export const unitIdInput = z.object({ unitId: z.uuid() });

export type AddUnitInput = z.input<typeof addUnitInput>;
export type UpdateUnitInput = z.input<typeof updateUnitInput>;
export type UnitIdInput = z.input<typeof unitIdInput>;
