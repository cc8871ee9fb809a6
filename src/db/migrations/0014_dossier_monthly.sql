CREATE TABLE "dossier_monthly" (
	"unit_id" uuid NOT NULL,
	"received_month" date NOT NULL,
	"overdue_month" date NOT NULL,
	"ended_month" date NOT NULL,
	"received" integer NOT NULL,
	"ended_on_time" integer NOT NULL,
	"late_apology" integer NOT NULL,
	"online" integer NOT NULL,
	"in_person" integer NOT NULL,
	"postal" integer NOT NULL,
	"fee_bearing" integer NOT NULL,
	"paid_online" integer NOT NULL,
	"digitised" integer NOT NULL,
	CONSTRAINT "dossier_monthly_unit_id_received_month_overdue_month_ended_month_pk" PRIMARY KEY("unit_id","received_month","overdue_month","ended_month")
);
--> statement-breakpoint
ALTER TABLE "dossier_monthly" ADD CONSTRAINT "dossier_monthly_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO "dossier_monthly" ("unit_id", "received_month", "overdue_month", "ended_month", "received", "ended_on_time", "late_apology", "online", "in_person", "postal", "fee_bearing", "paid_online", "digitised")
SELECT "unit_id", date_trunc('month', ("received_on")::timestamp)::date,
	CASE WHEN "due_on" = '9999-12-31'::date THEN '9999-12-31'::date
		WHEN "ended_on" <> '9999-12-31'::date AND date_trunc('month', ("due_on" + 1)::timestamp) >= date_trunc('month', ("ended_on")::timestamp) THEN '9999-12-31'::date
		ELSE date_trunc('month', ("due_on" + 1)::timestamp)::date END,
	CASE WHEN "ended_on" = '9999-12-31'::date THEN '9999-12-31'::date ELSE date_trunc('month', ("ended_on")::timestamp)::date END,
	sum("received"), sum("ended_on_time"), sum("late_apology"), sum("online"), sum("in_person"), sum("postal"), sum("fee_bearing"), sum("paid_online"), sum("digitised")
FROM "dossier_daily" GROUP BY 1, 2, 3, 4;
