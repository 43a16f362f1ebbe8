-- A party card number is checked for duplicates among the members the writer can read (src/schema/people/
-- member-file.ts): a unique index over the whole tenant would tell a secretary that a number is held in a branch
-- they cannot read, which no answer may depend on. The index stays, for the look-up.
DROP INDEX member_files_by_card;
CREATE INDEX member_files_by_card ON member_files (party_card_number) WHERE party_card_number IS NOT NULL;
