-- A guest's invitations (issue 18): the meetings a person is a guest of.
CREATE INDEX meeting_guests_by_person ON meeting_guests (person_id, meeting_id) WHERE person_id IS NOT NULL;
