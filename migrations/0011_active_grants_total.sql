-- The size of the unfiltered list of active grants, kept like the other whole-table lists of 0010: the admins'
-- `grants` list reads it instead of counting every active grant.
INSERT INTO list_totals (list, total) VALUES ('active_grants', (SELECT COUNT(*) FROM grants WHERE revoked_at IS NULL));

CREATE TRIGGER list_totals_grants_insert AFTER INSERT ON grants
BEGIN
  UPDATE list_totals SET total = total + (NEW.revoked_at IS NULL) WHERE list = 'active_grants';
END;

CREATE TRIGGER list_totals_grants_update AFTER UPDATE OF revoked_at ON grants
BEGIN
  UPDATE list_totals SET total = total + (NEW.revoked_at IS NULL) - (OLD.revoked_at IS NULL) WHERE list = 'active_grants';
END;

CREATE TRIGGER list_totals_grants_delete AFTER DELETE ON grants
BEGIN
  UPDATE list_totals SET total = total - (OLD.revoked_at IS NULL) WHERE list = 'active_grants';
END;
