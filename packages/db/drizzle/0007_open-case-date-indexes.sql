DROP INDEX "cases_decision_date_idx";--> statement-breakpoint
DROP INDEX "cases_la_notified_date_idx";--> statement-breakpoint
DROP INDEX "cases_mediation_date_idx";--> statement-breakpoint
CREATE INDEX "cases_open_decision_date_idx" ON "cases" USING btree ("decision_date") WHERE "cases"."state" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "cases_open_declined_date_idx" ON "cases" USING btree ("declined_date") WHERE "cases"."state" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "cases_open_la_notified_date_idx" ON "cases" USING btree ("la_notified_date") WHERE "cases"."state" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "cases_open_la_cannot_arrange_date_idx" ON "cases" USING btree ("la_cannot_arrange_date") WHERE "cases"."state" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "cases_open_mediation_date_idx" ON "cases" USING btree ("mediation_date") WHERE "cases"."state" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "cases_open_mediation_ended_date_idx" ON "cases" USING btree ("mediation_ended_date") WHERE "cases"."state" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "cases_open_certificate_issued_date_idx" ON "cases" USING btree ("certificate_issued_date") WHERE "cases"."state" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "cases_open_agreement_date_idx" ON "cases" USING btree ("agreement_date") WHERE "cases"."state" not in ('closed', 'withdrawn');