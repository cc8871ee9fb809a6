CREATE TABLE "survey_answers" (
	"response_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"pillar" text,
	"scale" smallint,
	"choice" text,
	"choices" text[],
	"text" text,
	CONSTRAINT "survey_answers_response_id_item_id_pk" PRIMARY KEY("response_id","item_id"),
	CONSTRAINT "survey_answers_scale" CHECK ("survey_answers"."scale" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "survey_campaign_units" (
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"public_token" text NOT NULL,
	"quota" integer,
	CONSTRAINT "survey_campaign_units_campaign_id_unit_id_pk" PRIMARY KEY("campaign_id","unit_id"),
	CONSTRAINT "survey_campaign_units_token" UNIQUE("public_token"),
	CONSTRAINT "survey_campaign_units_quota" CHECK ("survey_campaign_units"."quota" >= 0)
);
--> statement-breakpoint
CREATE TABLE "survey_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"questionnaire_version_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"codes_required" boolean DEFAULT false NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_campaigns_period" CHECK ("survey_campaigns"."starts_on" <= "survey_campaigns"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "survey_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid,
	"code" text NOT NULL,
	"batch" integer NOT NULL,
	"used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_codes_code" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "survey_field_quotas" (
	"campaign_id" uuid NOT NULL,
	"field" text NOT NULL,
	"quota" integer NOT NULL,
	CONSTRAINT "survey_field_quotas_campaign_id_field_pk" PRIMARY KEY("campaign_id","field"),
	CONSTRAINT "survey_field_quotas_quota" CHECK ("survey_field_quotas"."quota" >= 0)
);
--> statement-breakpoint
CREATE TABLE "survey_questionnaire_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_questionnaire_versions_number" UNIQUE("questionnaire_id","version")
);
--> statement-breakpoint
CREATE TABLE "survey_questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"current_version" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "survey_questionnaires_code" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "survey_rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "survey_rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"questionnaire_version_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"field" text,
	"demographics" jsonb,
	"code_id" uuid,
	"device_hash" text,
	"answers_hash" text NOT NULL,
	"duplicate" boolean DEFAULT false NOT NULL,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_responses_code" UNIQUE("code_id")
);
--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_campaign_units" ADD CONSTRAINT "survey_campaign_units_campaign_id_survey_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."survey_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_campaign_units" ADD CONSTRAINT "survey_campaign_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_questionnaire_version_id_survey_questionnaire_versions_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."survey_questionnaire_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD CONSTRAINT "survey_codes_campaign_id_survey_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."survey_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD CONSTRAINT "survey_codes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD CONSTRAINT "survey_codes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_field_quotas" ADD CONSTRAINT "survey_field_quotas_campaign_id_survey_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."survey_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questionnaire_versions" ADD CONSTRAINT "survey_questionnaire_versions_questionnaire_id_survey_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."survey_questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questionnaire_versions" ADD CONSTRAINT "survey_questionnaire_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questionnaires" ADD CONSTRAINT "survey_questionnaires_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_campaign_id_survey_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."survey_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_questionnaire_version_id_survey_questionnaire_versions_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."survey_questionnaire_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_code_id_survey_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."survey_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answers_campaign_unit_item_idx" ON "survey_answers" USING btree ("campaign_id","unit_id","item_id");--> statement-breakpoint
CREATE INDEX "survey_codes_campaign_idx" ON "survey_codes" USING btree ("campaign_id","batch");--> statement-breakpoint
CREATE INDEX "survey_responses_campaign_unit_idx" ON "survey_responses" USING btree ("campaign_id","unit_id");--> statement-breakpoint
CREATE INDEX "survey_responses_device_idx" ON "survey_responses" USING btree ("device_hash","submitted_at");