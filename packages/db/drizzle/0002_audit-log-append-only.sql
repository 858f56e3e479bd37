-- The audit log is append-only: history cannot be edited, even by the application's own role.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- Singletons: exactly one row each.
ALTER TABLE settings ADD CONSTRAINT settings_singleton CHECK (id = 1);
--> statement-breakpoint
ALTER TABLE guidance_revision ADD CONSTRAINT guidance_revision_singleton CHECK (id = 1);
--> statement-breakpoint
INSERT INTO guidance_revision (id, revision) VALUES (1, 0) ON CONFLICT DO NOTHING;
