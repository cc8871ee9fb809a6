CREATE TABLE "scoring_responsibilities" (
	"round_id" uuid NOT NULL,
	"code" text NOT NULL,
	"agency_ids" uuid[] NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scoring_responsibilities_round_id_code_pk" PRIMARY KEY("round_id","code")
);
--> statement-breakpoint
ALTER TABLE "scoring_entries" ADD COLUMN "review_status" text;--> statement-breakpoint
ALTER TABLE "scoring_entries" ADD COLUMN "review_reason" text;--> statement-breakpoint
ALTER TABLE "scoring_entries" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "scoring_responsibilities" ADD CONSTRAINT "scoring_responsibilities_round_id_scoring_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scoring_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_responsibilities" ADD CONSTRAINT "scoring_responsibilities_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_entries" ADD CONSTRAINT "scoring_entries_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;