CREATE TABLE "citizen_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"sender_name" text NOT NULL,
	"sender_contact" text,
	"subject" text NOT NULL,
	"content" text NOT NULL,
	"due_on" date NOT NULL,
	"unit_id" uuid,
	"assigned_at" timestamp with time zone,
	"status" text DEFAULT 'received' NOT NULL,
	"answer" text,
	"answered_on" date,
	"answered_by" uuid,
	"published" boolean DEFAULT false NOT NULL,
	"published_on" date,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "citizen_feedback" ADD CONSTRAINT "citizen_feedback_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_feedback" ADD CONSTRAINT "citizen_feedback_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_feedback" ADD CONSTRAINT "citizen_feedback_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citizen_feedback_unit_due_idx" ON "citizen_feedback" USING btree ("unit_id","due_on");--> statement-breakpoint
CREATE INDEX "citizen_feedback_received_idx" ON "citizen_feedback" USING btree ("received_on");