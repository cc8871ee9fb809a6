CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_years" CHECK ("programmes"."start_year" <= "programmes"."end_year")
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "programme_id" uuid;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "carried_from_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_programme_idx" ON "plans" USING btree ("programme_id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_carried_from_plan" UNIQUE("carried_from_plan_id");