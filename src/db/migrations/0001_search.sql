CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- unaccent() is STABLE; an IMMUTABLE wrapper lets trigram indexes use it. Folds đ/Đ to d and case.
CREATE OR REPLACE FUNCTION fold_vi(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))) $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS units_name_trgm_idx ON units USING gin (fold_vi(name) gin_trgm_ops);
