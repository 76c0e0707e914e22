ALTER TABLE "events" ADD COLUMN "purged_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "events_unpurged_idx" ON "events" USING btree ("created_at") WHERE purged_at is null;--> statement-breakpoint
CREATE INDEX "leads_unpurged_idx" ON "leads" USING btree ("created_at") WHERE purged_at is null;