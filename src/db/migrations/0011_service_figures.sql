CREATE TABLE "portal_departments" (
	"department_id" text PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"department_code" text,
	"department_name" text,
	"linked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"group_code" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"department_id" text,
	"department_code" text,
	"department_name" text,
	"level" text,
	"published_score" double precision,
	"published_max_score" double precision,
	"published_ratio" double precision,
	"score_delta" double precision,
	"recomputed_score" double precision,
	"differs" boolean DEFAULT false NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"metrics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quality_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_file" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "service_figures_unit_group_period" UNIQUE("unit_id","group_code","period_from","period_to")
);
--> statement-breakpoint
ALTER TABLE "portal_departments" ADD CONSTRAINT "portal_departments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_figures" ADD CONSTRAINT "service_figures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;