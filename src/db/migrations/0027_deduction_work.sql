ALTER TABLE "index_work_items" ALTER COLUMN "result_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "index_work_items" ADD COLUMN "round_id" uuid;--> statement-breakpoint
ALTER TABLE "index_work_items" ADD COLUMN "carried_from_id" uuid;--> statement-breakpoint
ALTER TABLE "index_work_items" ADD CONSTRAINT "index_work_items_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_work_items" ADD CONSTRAINT "index_work_items_carried_from_id_index_work_items_id_fk" FOREIGN KEY ("carried_from_id") REFERENCES "public"."index_work_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "index_work_items_round_criterion" ON "index_work_items" USING btree ("round_id","criterion_code") WHERE "index_work_items"."round_id" is not null and "index_work_items"."carried_from_id" is null;--> statement-breakpoint
ALTER TABLE "index_work_items" ADD CONSTRAINT "index_work_items_one_source" CHECK (("index_work_items"."result_id" is null) <> ("index_work_items"."round_id" is null));