-- A name searched by words of one or two letters ("Lê Hà", "Vũ", "An"; the words of most Vietnamese names) has no
-- trigram, so the trigram indexes of 0010 could not narrow it and the search read every person or organization. The
-- folded names are also indexed by word (FTS5, unicode61, external content as in 0010, with prefix indexes of one and
-- two characters): a short word finds the names holding a word that begins with it (src/db/conditions.ts).
CREATE VIRTUAL TABLE people_words USING fts5 (search_text, content = 'people', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
INSERT INTO people_words (people_words) VALUES ('rebuild');

CREATE TRIGGER people_words_insert AFTER INSERT ON people
BEGIN
  INSERT INTO people_words (rowid, search_text) VALUES (NEW.rowid, NEW.search_text);
END;

CREATE TRIGGER people_words_update AFTER UPDATE OF search_text ON people
BEGIN
  INSERT INTO people_words (people_words, rowid, search_text) VALUES ('delete', OLD.rowid, OLD.search_text);
  INSERT INTO people_words (rowid, search_text) VALUES (NEW.rowid, NEW.search_text);
END;

CREATE TRIGGER people_words_delete AFTER DELETE ON people
BEGIN
  INSERT INTO people_words (people_words, rowid, search_text) VALUES ('delete', OLD.rowid, OLD.search_text);
END;

CREATE VIRTUAL TABLE cell_words USING fts5 (search_text, content = 'cells', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
INSERT INTO cell_words (cell_words) VALUES ('rebuild');

CREATE TRIGGER cell_words_insert AFTER INSERT ON cells
BEGIN
  INSERT INTO cell_words (rowid, search_text) VALUES (NEW.rowid, NEW.search_text);
END;

CREATE TRIGGER cell_words_update AFTER UPDATE OF search_text ON cells
BEGIN
  INSERT INTO cell_words (cell_words, rowid, search_text) VALUES ('delete', OLD.rowid, OLD.search_text);
  INSERT INTO cell_words (rowid, search_text) VALUES (NEW.rowid, NEW.search_text);
END;

CREATE TRIGGER cell_words_delete AFTER DELETE ON cells
BEGIN
  INSERT INTO cell_words (cell_words, rowid, search_text) VALUES ('delete', OLD.rowid, OLD.search_text);
END;
