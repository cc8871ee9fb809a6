DROP INDEX "index_results_one_live";--> statement-breakpoint
ALTER TABLE "dossier_imports" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "index_results" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "index_targets" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "dossier_imports" ADD CONSTRAINT "dossier_imports_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_results" ADD CONSTRAINT "index_results_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_targets" ADD CONSTRAINT "index_targets_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Every installation before this held one province: its survey campaigns, inspection plans, dossier imports and
-- national index results and targets are that province's.
UPDATE "survey_campaigns" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;--> statement-breakpoint
UPDATE "inspection_plans" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;--> statement-breakpoint
UPDATE "dossier_imports" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;--> statement-breakpoint
UPDATE "index_results" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;--> statement-breakpoint
UPDATE "index_targets" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;--> statement-breakpoint
-- One live result per index, year and published province in each province's tracker (a shared one, null, too).
CREATE UNIQUE INDEX "index_results_one_live" ON "index_results" USING btree ("index_code","year","province","province_id") NULLS NOT DISTINCT WHERE "index_results"."archived_at" IS NULL;