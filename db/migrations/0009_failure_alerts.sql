CREATE TYPE "public"."alert_notice" AS ENUM('failing', 'disabled', 'recovered');--> statement-breakpoint
CREATE TYPE "public"."alert_state" AS ENUM('ok', 'failing', 'disabled');--> statement-breakpoint
CREATE TABLE "alert_digests" (
	"scope" text PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_alert_state" (
	"webhook_id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"state" "alert_state" NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"previous_state" "alert_state",
	"previous_since" timestamp with time zone,
	"pending_notice" "alert_notice",
	"lease_until" timestamp with time zone,
	"notified_at" timestamp with time zone,
	"digest_sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text DEFAULT 'es' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "alert_emails" boolean;--> statement-breakpoint
ALTER TABLE "webhook_alert_state" ADD CONSTRAINT "webhook_alert_state_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_alert_state" ADD CONSTRAINT "webhook_alert_state_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_alert_state_department_idx" ON "webhook_alert_state" USING btree ("department_id") WHERE state <> 'ok';--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale_known" CHECK ("users"."locale" in ('es', 'en'));