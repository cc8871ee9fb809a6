ALTER TABLE "plan_imports" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_imports" ADD CONSTRAINT "plan_imports_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_province_idx" ON "plans" USING btree ("province_id");--> statement-breakpoint
-- Every installation before this held one province: its plans, drafts and programmes are that province's.
UPDATE "plans" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;--> statement-breakpoint
UPDATE "plan_imports" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;--> statement-breakpoint
UPDATE "programmes" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;
