ALTER TABLE "units" ADD COLUMN "province_id" uuid;--> statement-breakpoint
CREATE INDEX "units_province_idx" ON "units" USING btree ("province_id");--> statement-breakpoint
-- A unit's province: itself for a province, else its parent's (null without one). Set on every insert and on a
-- change of parent or kind, whatever wrote the row (the directory import, a form, a succession, a test).
CREATE FUNCTION "units_set_province"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kind = 'province' THEN
    NEW.province_id := NEW.id;
  ELSIF NEW.parent_id IS NULL THEN
    NEW.province_id := NULL;
  ELSE
    SELECT u.province_id INTO NEW.province_id FROM units u WHERE u.id = NEW.parent_id;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "units_province_set" BEFORE INSERT OR UPDATE OF parent_id, kind ON "units"
  FOR EACH ROW EXECUTE FUNCTION "units_set_province"();--> statement-breakpoint
-- Passed down: a unit inserted before its children's parent link resolves (an import in any order), or moved to
-- another province, carries its subtree with it (each child's update fires this again, level by level).
CREATE FUNCTION "units_pass_province_down"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE units SET province_id = NEW.province_id
    WHERE parent_id = NEW.id AND kind <> 'province' AND province_id IS DISTINCT FROM NEW.province_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "units_province_inserted" AFTER INSERT ON "units"
  FOR EACH ROW EXECUTE FUNCTION "units_pass_province_down"();--> statement-breakpoint
CREATE TRIGGER "units_province_changed" AFTER UPDATE ON "units"
  FOR EACH ROW WHEN (OLD.province_id IS DISTINCT FROM NEW.province_id)
  EXECUTE FUNCTION "units_pass_province_down"();--> statement-breakpoint
-- The units already there.
WITH RECURSIVE tree AS (
  SELECT id, CASE WHEN kind = 'province' THEN id END AS province_id FROM units WHERE parent_id IS NULL
  UNION ALL
  SELECT u.id, CASE WHEN u.kind = 'province' THEN u.id ELSE tree.province_id END
    FROM units u JOIN tree ON u.parent_id = tree.id
)
UPDATE units SET province_id = tree.province_id FROM tree WHERE units.id = tree.id;
