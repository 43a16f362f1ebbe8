-- The candidate's last step before the ceremony: the competent committee's admission decision (its number is the
-- document's), recorded with the candidacy; admitMember takes it when given no other.
ALTER TABLE candidacies ADD COLUMN admission_decision_document_id TEXT REFERENCES documents (id);
