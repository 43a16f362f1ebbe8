-- The importer recognizes people already recorded by their folded full name (people.search_text): an index keeps
-- that lookup from scanning the table.
CREATE INDEX people_by_search_text ON people (search_text);
