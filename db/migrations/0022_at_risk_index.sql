-- The requests at risk of missing their case's hard date: a few percent of all, read by the dashboard's forecast
-- and the list's filter without reading the others (request_deadlines.hard_date_at_risk).
CREATE INDEX "request_deadlines_at_risk_idx" ON "request_deadlines" USING btree ("request_id") WHERE "request_deadlines"."hard_date_at_risk";