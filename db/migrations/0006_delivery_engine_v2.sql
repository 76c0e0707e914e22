ALTER TYPE "public"."delivery_status" ADD VALUE 'skipped';--> statement-breakpoint
CREATE TABLE "delivery_queue" (
	"delivery_id" uuid PRIMARY KEY NOT NULL,
	"webhook_id" uuid NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "deliveries_due_idx";--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "max_in_flight" integer;--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "consecutive_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "cooling_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "next_probe_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "delivery_queue" ADD CONSTRAINT "delivery_queue_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_queue_webhook_due_idx" ON "delivery_queue" USING btree ("webhook_id","run_at");--> statement-breakpoint
CREATE INDEX "delivery_queue_due_idx" ON "delivery_queue" USING btree ("run_at");--> statement-breakpoint
CREATE INDEX "delivery_queue_leased_idx" ON "delivery_queue" USING btree ("webhook_id") WHERE lease_until is not null;--> statement-breakpoint
ALTER TABLE "deliveries" DROP COLUMN "locked_until";--> statement-breakpoint
-- Room on each page for the engine's one update per attempt to stay HOT (new pages only;
-- existing rows move as they are updated). See docs/decisions/012-delivery-engine-v2.md.
ALTER TABLE "deliveries" SET (fillfactor = 70);--> statement-breakpoint
-- Every unfinished delivery gets its work-list row; held ones wait at 'infinity'.
INSERT INTO "delivery_queue" ("delivery_id", "webhook_id", "run_at")
SELECT "id", "webhook_id", CASE WHEN "status" = 'held' THEN 'infinity'::timestamptz ELSE coalesce("next_attempt_at", now()) END
  FROM "deliveries" WHERE "status" IN ('pending', 'retrying', 'held');--> statement-breakpoint
-- Wakes the embedded engine's dispatchers (LISTEN puente_work) when work is added or made due:
-- one notification per statement, delivered at commit, however many rows it wrote.
CREATE OR REPLACE FUNCTION delivery_queue_notify() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('puente_work', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER delivery_queue_notify_insert AFTER INSERT ON "delivery_queue"
  FOR EACH STATEMENT EXECUTE FUNCTION delivery_queue_notify();
