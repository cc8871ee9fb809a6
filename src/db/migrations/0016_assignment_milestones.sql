CREATE TABLE "assignment_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"done_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignment_milestones_position" UNIQUE("assignment_id","position")
);
--> statement-breakpoint
ALTER TABLE "assignment_milestones" ADD CONSTRAINT "assignment_milestones_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_milestones" ADD CONSTRAINT "assignment_milestones_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;