ALTER TABLE "scoring_evidence" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "scoring_evidence" ADD COLUMN "archived_by" uuid;--> statement-breakpoint
ALTER TABLE "scoring_evidence" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "scoring_evidence" ADD CONSTRAINT "scoring_evidence_archived_by_users_id_fk" FOREIGN KEY ("archived_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;