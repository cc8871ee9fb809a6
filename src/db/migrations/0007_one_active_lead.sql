-- Before the index: a database where two reassignments raced may already hold the same active lead twice.
-- The earliest row stays; the later copies are cancelled (kept, with the reason), so the index can be built.
UPDATE "assignments" SET "cancelled_at" = now(), "cancel_reason" = 'Phân công chủ trì bị trùng (hai thay đổi cùng lúc); giữ bản được tạo trước.'
WHERE "id" IN (
	SELECT "id" FROM (
		SELECT "id", row_number() OVER (PARTITION BY "activity_id", "unit_id" ORDER BY "created_at", "id") AS "n"
		FROM "assignments" WHERE "role" = 'lead' AND "cancelled_at" IS NULL
	) AS "copies" WHERE "n" > 1
);--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_one_active_lead" ON "assignments" USING btree ("activity_id","unit_id") WHERE "assignments"."role" = 'lead' AND "assignments"."cancelled_at" IS NULL;
