-- The key that makes event IDs opaque (src/schema/live/event-ids.ts): a sequence number would tell a subscriber how
-- many events it was not shown. Drawn once per database, so every tenant has its own and no deployment sets one.
CREATE TABLE live_event_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  key BLOB NOT NULL
);
INSERT INTO live_event_key (id, key) VALUES (1, randomblob(16));
