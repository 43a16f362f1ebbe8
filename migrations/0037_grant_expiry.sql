-- A grant may end on a day set when it is given (a term of office, a temporary stand-in): from that day a request
-- without a grants claim no longer gets it, and the cell's reminders say so a month before.
ALTER TABLE grants ADD COLUMN expires_on TEXT;

CREATE INDEX grants_expiring_by_cell ON grants (cell_id, expires_on)
  WHERE revoked_at IS NULL AND expires_on IS NOT NULL;
