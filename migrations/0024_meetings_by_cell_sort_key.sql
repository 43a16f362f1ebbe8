-- A cell's meetings newest first, as its page lists them (`meeting_date || scheduled_start`, then id): the page reads
-- the rows it shows, not every meeting the cell ever held before sorting them.
CREATE INDEX meetings_by_cell_sort_key ON meetings (cell_id, meeting_date || scheduled_start, id);
