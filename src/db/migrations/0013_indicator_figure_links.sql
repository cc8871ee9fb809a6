ALTER TABLE "indicator_values" ADD COLUMN "numerator" double precision;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "denominator" double precision;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD COLUMN "figure_key" text;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD COLUMN "figure_link" text;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD COLUMN "figure_linked_by" uuid;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD COLUMN "figure_linked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_figure_linked_by_users_id_fk" FOREIGN KEY ("figure_linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;