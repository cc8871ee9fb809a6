ALTER TABLE "citizen_feedback" ADD COLUMN "province_id" uuid;--> statement-breakpoint
ALTER TABLE "citizen_feedback" ADD CONSTRAINT "citizen_feedback_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Every installation before this held one province: its feedback is that province's.
UPDATE "citizen_feedback" SET "province_id" = (SELECT "id" FROM "units" WHERE "kind" = 'province')
  WHERE (SELECT count(*) FROM "units" WHERE "kind" = 'province') = 1;
