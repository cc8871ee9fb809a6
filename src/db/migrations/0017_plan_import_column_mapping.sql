ALTER TABLE "plan_imports" ADD COLUMN "reading" jsonb;--> statement-breakpoint
ALTER TABLE "plan_imports" ADD COLUMN "column_mapping" jsonb;