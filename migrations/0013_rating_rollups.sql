-- Each rating's current state on its own row, so that a committee's rating summary reads one row per rating instead
-- of every stage of its history: the latest stage and its level, the latest proposal's level and the latest
-- decision's level (a decided rating has one). A trigger on rating_stages keeps them inside the write that appends a
-- stage, recomputed from the rating's stages (a few entries of the rating_stages_by_rating index), so a stage
-- inserted out of sequence still leaves the right state. Stages are an append-only history: no statement of src/db
-- updates or deletes one, a correction is a new stage.
--
-- Why on the ratings row rather than a rollup table of counts per ancestor: the counts per ancestor would have to be
-- moved whenever a cell moves (moveCell carries its whole subtree) and kept per combination of levels; one state per
-- rating follows moves for free (the summary still walks the subtree's path range) and reads one index entry per
-- rating counted.

ALTER TABLE ratings ADD COLUMN current_stage TEXT CHECK (current_stage IN ('SELF', 'PROPOSAL', 'DECISION'));
ALTER TABLE ratings ADD COLUMN current_level TEXT;
ALTER TABLE ratings ADD COLUMN proposed_level TEXT;
ALTER TABLE ratings ADD COLUMN decided_level TEXT;

-- What a rating's stages say now, defined once for the backfill below and for the trigger that keeps it.
CREATE VIEW rating_states AS
SELECT r.id AS rating_id,
  latest.stage AS current_stage,
  latest.level_code AS current_level,
  (SELECT level_code FROM rating_stages WHERE rating_id = r.id AND stage = 'PROPOSAL' ORDER BY sequence DESC LIMIT 1)
    AS proposed_level,
  (SELECT level_code FROM rating_stages WHERE rating_id = r.id AND stage = 'DECISION' ORDER BY sequence DESC LIMIT 1)
    AS decided_level
FROM ratings r
LEFT JOIN rating_stages latest ON latest.rating_id = r.id
  AND latest.sequence = (SELECT MAX(sequence) FROM rating_stages WHERE rating_id = r.id);

UPDATE ratings SET (current_stage, current_level, proposed_level, decided_level) = (
  SELECT current_stage, current_level, proposed_level, decided_level FROM rating_states WHERE rating_id = ratings.id
);

CREATE TRIGGER rating_state_after_stage AFTER INSERT ON rating_stages
BEGIN
  UPDATE ratings SET (current_stage, current_level, proposed_level, decided_level) = (
    SELECT current_stage, current_level, proposed_level, decided_level FROM rating_states WHERE rating_id = ratings.id
  )
  WHERE id = NEW.rating_id;
END;

-- The summary counts a subtree's ratings of a year from this index alone: the cell and year to find them, the state
-- to count them by. It serves every search ratings_by_cell_year served (its first columns are the same).
DROP INDEX ratings_by_cell_year;
CREATE INDEX ratings_by_cell_year_with_state ON ratings (cell_id, year, subject, current_stage, current_level,
  proposed_level, decided_level);

-- The state is derived from the stages, whose own audit entries record each change: the trigger's update of a
-- rating must not be logged as a change of the rating. The audit trigger of 0006 fires on any update; this one only
-- on an update of the columns it logs (an UPDATE OF trigger fires when the statement's SET names one of them), with
-- the same entry as before. The insert and delete triggers list their columns and stay as they are.
DROP TRIGGER audit_ratings_update;
CREATE TRIGGER audit_ratings_update AFTER UPDATE OF id, subject, person_id, cell_id, year, scheme_id, disciplined,
  remedied, tasks_on_time_percent, tasks_exceeding_percent, tasks_late_percent, version, created_at, updated_at ON ratings
WHEN (SELECT operation FROM audit_context WHERE id = 1) IS NOT NULL
BEGIN
  INSERT INTO audit_log (request_id, actor_person_id, actor_grants, operation, scope_cell_id, table_name, row_key, action, before, after)
  SELECT request_id, actor_person_id, actor_grants, operation, scope_cell_id, 'ratings', NEW.id, 'UPDATE', json_object('id', OLD.id, 'subject', OLD.subject, 'person_id', OLD.person_id, 'cell_id', OLD.cell_id, 'year', OLD.year, 'scheme_id', OLD.scheme_id, 'disciplined', OLD.disciplined, 'remedied', OLD.remedied, 'tasks_on_time_percent', OLD.tasks_on_time_percent, 'tasks_exceeding_percent', OLD.tasks_exceeding_percent, 'tasks_late_percent', OLD.tasks_late_percent, 'version', OLD.version, 'created_at', OLD.created_at, 'updated_at', OLD.updated_at), json_object('id', NEW.id, 'subject', NEW.subject, 'person_id', NEW.person_id, 'cell_id', NEW.cell_id, 'year', NEW.year, 'scheme_id', NEW.scheme_id, 'disciplined', NEW.disciplined, 'remedied', NEW.remedied, 'tasks_on_time_percent', NEW.tasks_on_time_percent, 'tasks_exceeding_percent', NEW.tasks_exceeding_percent, 'tasks_late_percent', NEW.tasks_late_percent, 'version', NEW.version, 'created_at', NEW.created_at, 'updated_at', NEW.updated_at)
  FROM audit_context WHERE id = 1;
END;
