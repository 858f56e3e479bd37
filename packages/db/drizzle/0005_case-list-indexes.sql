DROP INDEX "cases_open_idx";--> statement-breakpoint
DROP INDEX "cases_updated_idx";--> statement-breakpoint
DROP INDEX "cases_created_idx";--> statement-breakpoint
DROP INDEX "cases_state_updated_idx";--> statement-breakpoint
DROP INDEX "cases_track_updated_idx";--> statement-breakpoint
DROP INDEX "cases_la_updated_idx";--> statement-breakpoint
DROP INDEX "cases_assignee_updated_idx";--> statement-breakpoint
CREATE INDEX "cases_open_updated_idx" ON "cases" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "cases"."state" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "cases_updated_idx" ON "cases" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_created_idx" ON "cases" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_state_updated_idx" ON "cases" USING btree ("state","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_track_updated_idx" ON "cases" USING btree ("track","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_la_updated_idx" ON "cases" USING btree ("local_authority_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_assignee_updated_idx" ON "cases" USING btree ("assignee_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);