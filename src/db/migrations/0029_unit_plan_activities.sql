CREATE TABLE "unit_plan_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_plan_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"area" text,
	"number" text,
	"text" text NOT NULL,
	"deliverable" text,
	"deadline_text" text NOT NULL,
	"plan_activity_id" uuid,
	"link" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "unit_plan_activities" ADD CONSTRAINT "unit_plan_activities_unit_plan_id_unit_plans_id_fk" FOREIGN KEY ("unit_plan_id") REFERENCES "public"."unit_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_plan_activities" ADD CONSTRAINT "unit_plan_activities_plan_activity_id_plan_activities_id_fk" FOREIGN KEY ("plan_activity_id") REFERENCES "public"."plan_activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_plan_activities_plan_idx" ON "unit_plan_activities" USING btree ("unit_plan_id");