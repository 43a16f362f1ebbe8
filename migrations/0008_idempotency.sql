-- Idempotency keys: a mutation request sent with `Idempotency-Key` claims (principal, key) in the same D1 batch as
-- its first write, so a retry can never write twice; the answer is stored afterwards and replayed to retries for a
-- day. Not audited: it only repeats answers of mutations that are audited themselves.

CREATE TABLE idempotency_keys (
  principal TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  response TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (principal, key)
) WITHOUT ROWID;
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
