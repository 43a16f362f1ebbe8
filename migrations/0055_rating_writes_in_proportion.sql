-- Proposing a cell's ratings read 60 rows per member: the writes' work must follow their size (issue 14).

-- ——— A rating's state from its new stage ———

-- A rating's state was recomputed from all its stages at every new stage (0013's rating_states view): a rating's
-- history was read again at each step, so proposing levels read more the more often they had been revised. A new
-- stage is appended after the rating's last (src/db/ratings.ts, appendStages), so the state follows from the new
-- stage and the state before it; the full recomputation stays for a stage inserted before a later one (a bulk load
-- out of order), which the index (rating_id, sequence) tells in one row.
DROP TRIGGER rating_state_after_stage;

CREATE TRIGGER rating_state_after_latest_stage AFTER INSERT ON rating_stages
WHEN NOT EXISTS (SELECT 1 FROM rating_stages WHERE rating_id = NEW.rating_id AND sequence > NEW.sequence)
BEGIN
  UPDATE ratings SET current_stage = NEW.stage, current_level = NEW.level_code,
    proposed_level = CASE WHEN NEW.stage = 'PROPOSAL' THEN NEW.level_code ELSE proposed_level END,
    decided_level = CASE WHEN NEW.stage = 'DECISION' THEN NEW.level_code ELSE decided_level END
  WHERE id = NEW.rating_id;
END;

CREATE TRIGGER rating_state_after_earlier_stage AFTER INSERT ON rating_stages
WHEN EXISTS (SELECT 1 FROM rating_stages WHERE rating_id = NEW.rating_id AND sequence > NEW.sequence)
BEGIN
  UPDATE ratings SET (current_stage, current_level, proposed_level, decided_level) = (
    SELECT current_stage, current_level, proposed_level, decided_level FROM rating_states WHERE rating_id = ratings.id
  )
  WHERE id = NEW.rating_id;
END;

-- ——— Rating tallies folded once per write ———

-- Each change of a rating's state walked its cell's path and upserted the tallies of every organization above it,
-- twice (the old combination out, the new one in): a cell's 27 proposals made 27 × 2 × the depth of upserts of the
-- same few rows. A write that changes many ratings at once (src/db/ratings.ts, appendStages) now defers: it sets
-- the flag below, its changes are noted against their cells only, and its last statements fold the notes — summed
-- per cell and combination, then per organization of each path, one upsert per tally that moved — and clear the
-- flag and the notes, in the same transaction. Any other write (a correction in SQL, a data load) keeps the
-- immediate walk of 0020. Between batches the flag is off and the notes are empty.
CREATE TABLE rating_tally_deferral (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  deferred INTEGER NOT NULL CHECK (deferred IN (0, 1))
);
INSERT INTO rating_tally_deferral (id, deferred) VALUES (1, 0);

CREATE TABLE rating_tally_changes (
  cell_id TEXT NOT NULL,
  year INTEGER NOT NULL,
  subject TEXT NOT NULL,
  stage TEXT NOT NULL,
  level_code TEXT NOT NULL,
  proposed_level TEXT NOT NULL,
  decided_level TEXT NOT NULL,
  change INTEGER NOT NULL
);

DROP TRIGGER rollup_ratings_update;
CREATE TRIGGER rollup_ratings_update AFTER UPDATE OF cell_id, year, subject, current_stage, current_level,
  proposed_level, decided_level ON ratings
WHEN (SELECT deferred FROM rating_tally_deferral WHERE id = 1) = 0
BEGIN
  INSERT INTO rating_tallies (org_id, year, subject, stage, level_code, proposed_level, decided_level, ratings)
  SELECT up.value, OLD.year, OLD.subject, OLD.current_stage, COALESCE(OLD.current_level, ''),
    COALESCE(OLD.proposed_level, ''), COALESCE(OLD.decided_level, ''), -1
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  WHERE c.id = OLD.cell_id AND OLD.current_stage IS NOT NULL
  ON CONFLICT DO UPDATE SET ratings = ratings + excluded.ratings;
  INSERT INTO rating_tallies (org_id, year, subject, stage, level_code, proposed_level, decided_level, ratings)
  SELECT up.value, NEW.year, NEW.subject, NEW.current_stage, COALESCE(NEW.current_level, ''),
    COALESCE(NEW.proposed_level, ''), COALESCE(NEW.decided_level, ''), 1
  FROM cells c JOIN json_each('["' || replace(trim(c.path, '/'), '/', '","') || '"]') up
  WHERE c.id = NEW.cell_id AND NEW.current_stage IS NOT NULL
  ON CONFLICT DO UPDATE SET ratings = ratings + excluded.ratings;
END;

CREATE TRIGGER rollup_ratings_update_deferred AFTER UPDATE OF cell_id, year, subject, current_stage, current_level,
  proposed_level, decided_level ON ratings
WHEN (SELECT deferred FROM rating_tally_deferral WHERE id = 1) = 1
BEGIN
  INSERT INTO rating_tally_changes (cell_id, year, subject, stage, level_code, proposed_level, decided_level, change)
  SELECT OLD.cell_id, OLD.year, OLD.subject, OLD.current_stage, COALESCE(OLD.current_level, ''),
    COALESCE(OLD.proposed_level, ''), COALESCE(OLD.decided_level, ''), -1
  WHERE OLD.current_stage IS NOT NULL;
  INSERT INTO rating_tally_changes (cell_id, year, subject, stage, level_code, proposed_level, decided_level, change)
  SELECT NEW.cell_id, NEW.year, NEW.subject, NEW.current_stage, COALESCE(NEW.current_level, ''),
    COALESCE(NEW.proposed_level, ''), COALESCE(NEW.decided_level, ''), 1
  WHERE NEW.current_stage IS NOT NULL;
END;
