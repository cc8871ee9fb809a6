-- Login attempts are counted per address in one row (atomic upsert) instead of one row per failure.
DROP TABLE "login_attempts" CASCADE;--> statement-breakpoint
CREATE TABLE "login_sources" (
	"source_key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "assignment_evidence" ADD COLUMN "archived_by" uuid;--> statement-breakpoint
ALTER TABLE "assignment_evidence" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "assignment_evidence" ADD CONSTRAINT "assignment_evidence_archived_by_users_id_fk" FOREIGN KEY ("archived_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
