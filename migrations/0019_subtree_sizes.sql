-- How many organizations each one's subtree holds (itself included, dissolved ones too: their history is counted by
-- the rollups). Kept on write by the statements that create and move cells (src/db/cells.ts), so that a request is
-- priced by the size of the subtree it aggregates without counting it (src/domain/work.ts).
ALTER TABLE cells ADD COLUMN subtree_cells INTEGER NOT NULL DEFAULT 1;
UPDATE cells SET subtree_cells = (SELECT COUNT(*) FROM cells d WHERE d.path >= cells.path AND d.path < cells.path || '~');
