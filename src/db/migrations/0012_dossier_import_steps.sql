ALTER TABLE "dossier_imports" ADD COLUMN "columns" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_imports" ADD COLUMN "unmatched_units" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_imports" ADD COLUMN "unchanged" integer;--> statement-breakpoint
ALTER TABLE "dossier_imports" ADD COLUMN "rows_done" integer DEFAULT 0 NOT NULL;