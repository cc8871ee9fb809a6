ALTER TABLE "plans" ADD COLUMN "reporting_calendar" jsonb;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD COLUMN "due_by_level" jsonb DEFAULT '{}'::jsonb NOT NULL;