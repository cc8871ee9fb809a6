ALTER TABLE "scoring_rounds" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "scoring_rounds" ADD CONSTRAINT "scoring_rounds_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Every installation before this held one province: its rounds are that province's.
UPDATE "scoring_rounds" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;
