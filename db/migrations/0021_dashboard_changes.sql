-- The dashboard keeps its figures until something they count changes (lib/dashboard/figures-cache.ts):
-- every statement writing a table the figures read takes a number from this sequence, so that
-- its last value names the state of those tables. A sequence, not a counter row: taking a number
-- neither locks nor waits, and concurrent writes stay concurrent.
CREATE SEQUENCE "public"."dashboard_changes" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE FUNCTION "dashboard_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('dashboard_changes');
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "requests_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "requests" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();--> statement-breakpoint
CREATE TRIGGER "request_deadlines_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "request_deadlines" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();--> statement-breakpoint
CREATE TRIGGER "request_stays_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "request_stays" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();--> statement-breakpoint
CREATE TRIGGER "request_milestones_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "request_milestones" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();--> statement-breakpoint
CREATE TRIGGER "cases_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "cases" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();--> statement-breakpoint
CREATE TRIGGER "units_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();--> statement-breakpoint
CREATE TRIGGER "countries_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "countries" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();
