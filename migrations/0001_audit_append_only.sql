-- The audit log is append-only: no UPDATE ever, and DELETE only for rows at or below the
-- retention cut recorded in audit_anchor (so pruning keeps the rest of the chain verifiable).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
WHEN OLD.id > COALESCE((SELECT through_id FROM audit_anchor WHERE id = 1), 0)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
