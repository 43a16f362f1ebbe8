-- A membership keeps the decision it began with: the admission decision (quyết định kết nạp), which for a
-- candidate past 60 is the decision of the committee directly under the Central Committee (01-HD/TW, 2021).
ALTER TABLE memberships ADD COLUMN decision_document_id TEXT REFERENCES documents (id);
