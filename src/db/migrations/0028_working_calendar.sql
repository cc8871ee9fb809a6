CREATE TABLE "working_calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"source" text,
	"holidays" jsonb NOT NULL,
	"workdays" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "working_calendar_years" ADD CONSTRAINT "working_calendar_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;