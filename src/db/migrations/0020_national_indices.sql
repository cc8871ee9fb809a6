CREATE TABLE "index_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"index_code" text NOT NULL,
	"year" integer NOT NULL,
	"province" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"own" boolean DEFAULT false NOT NULL,
	"score" double precision,
	"rank" integer,
	"rank_of" integer,
	"areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"declared_sums" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_on" date,
	"source_note" text DEFAULT '' NOT NULL,
	"source_file_id" uuid,
	"entered_by" uuid,
	"entered_at" timestamp with time zone NOT NULL,
	"archived_at" timestamp with time zone,
	"archive_reason" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "index_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"index_code" text NOT NULL,
	"year" integer NOT NULL,
	"area_code" text,
	"kind" text NOT NULL,
	"value" double precision NOT NULL,
	"text" text NOT NULL,
	"plan_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "index_work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"result_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"criterion_code" text,
	"lost_points" double precision NOT NULL,
	"assignment_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "national_indices" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"publisher" text DEFAULT '' NOT NULL,
	"max_score" double precision,
	"areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "index_results" ADD CONSTRAINT "index_results_index_code_national_indices_code_fk" FOREIGN KEY ("index_code") REFERENCES "public"."national_indices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_results" ADD CONSTRAINT "index_results_source_file_id_stored_files_id_fk" FOREIGN KEY ("source_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_results" ADD CONSTRAINT "index_results_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_targets" ADD CONSTRAINT "index_targets_index_code_national_indices_code_fk" FOREIGN KEY ("index_code") REFERENCES "public"."national_indices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_targets" ADD CONSTRAINT "index_targets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_work_items" ADD CONSTRAINT "index_work_items_result_id_index_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."index_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_work_items" ADD CONSTRAINT "index_work_items_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_work_items" ADD CONSTRAINT "index_work_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_indices" ADD CONSTRAINT "national_indices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "index_results_one_live" ON "index_results" USING btree ("index_code","year","province") WHERE "index_results"."archived_at" IS NULL;--> statement-breakpoint
CREATE INDEX "index_results_index_year" ON "index_results" USING btree ("index_code","year");--> statement-breakpoint
CREATE INDEX "index_work_items_assignment" ON "index_work_items" USING btree ("assignment_id");