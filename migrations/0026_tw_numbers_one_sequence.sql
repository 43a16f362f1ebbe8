-- The Central Committee, the Politburo and the Secretariat number as one issuer, "TW" (36-HD/VPTW): an external
-- body's documents share a sequence with every body of the same issuer code. A cell numbers on its own, as before.
DROP INDEX documents_unique_number;
CREATE UNIQUE INDEX documents_unique_number
  ON documents (coalesce(issuer_cell_id, 'code:' || issuer_code), type_code, sequence_term, serial)
  WHERE serial IS NOT NULL AND deleted_at IS NULL;
