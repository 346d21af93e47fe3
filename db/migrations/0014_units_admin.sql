-- Units are administered through the UI. A closed unit is no longer offered for new accounts
-- or role changes, but keeps its users, requests and history; who closed it is in the audit log.
ALTER TABLE "units" ADD COLUMN "closed_at" timestamp with time zone;
