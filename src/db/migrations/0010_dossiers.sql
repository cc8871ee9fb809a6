CREATE TABLE "dossier_daily" (
	"unit_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"ended_on" date NOT NULL,
	"received" integer NOT NULL,
	"ended_on_time" integer NOT NULL,
	"late_apology" integer NOT NULL,
	"online" integer NOT NULL,
	"in_person" integer NOT NULL,
	"postal" integer NOT NULL,
	"fee_bearing" integer NOT NULL,
	"paid_online" integer NOT NULL,
	"digitised" integer NOT NULL,
	CONSTRAINT "dossier_daily_unit_id_received_on_due_on_ended_on_pk" PRIMARY KEY("unit_id","received_on","due_on","ended_on")
);
--> statement-breakpoint
CREATE TABLE "dossier_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_name" text NOT NULL,
	"file_name" text NOT NULL,
	"source_file_id" uuid,
	"format" text NOT NULL,
	"status" text DEFAULT 'preview' NOT NULL,
	"valid_rows" integer NOT NULL,
	"invalid_rows" integer NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"unknown_columns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"inserted" integer,
	"updated" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dossier_source_mappings" (
	"source_name" text PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"code" text PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"procedure_code" text,
	"field_code" text,
	"channel" smallint NOT NULL,
	"status" smallint,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"due_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"refused_at" timestamp with time zone,
	"fee_bearing" boolean DEFAULT false NOT NULL,
	"paid_online" boolean DEFAULT false NOT NULL,
	"digitised" boolean DEFAULT false NOT NULL,
	"late_apology" boolean,
	"import_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_daily" ADD CONSTRAINT "dossier_daily_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_imports" ADD CONSTRAINT "dossier_imports_source_file_id_stored_files_id_fk" FOREIGN KEY ("source_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_imports" ADD CONSTRAINT "dossier_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossiers_unit_received_idx" ON "dossiers" USING btree ("unit_id","received_on");