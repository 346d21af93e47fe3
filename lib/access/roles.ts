/** The four roles of docs/product.md, "Roles". The order is the order shown in the admin UI. */
export const ROLES = ["magistrate", "liaison_officer", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const UNIT_KINDS = ["prosecutor_office", "central_authority", "police", "court"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
