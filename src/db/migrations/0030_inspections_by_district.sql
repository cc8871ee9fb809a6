DROP INDEX "inspection_plans_year_idx";--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD COLUMN "inspector_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_inspector_unit_id_units_id_fk" FOREIGN KEY ("inspector_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_plans_year_idx" ON "inspection_plans" USING btree ("year","level","inspector_unit_id");