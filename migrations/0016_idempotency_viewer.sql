-- Who an idempotent answer was given to: a fingerprint of the viewer's rights (principal, person, grants) when the
-- key was claimed. A retry is answered from storage only while the viewer's rights are the same: an answer may hold
-- personal fields that a revoked grant no longer reaches. Keys claimed before this column read as changed (null).
ALTER TABLE idempotency_keys ADD COLUMN viewer_fingerprint TEXT;
