-- The absences of each meeting, and nothing else: the compliance rollup (src/db/meetings.ts, complianceRows) finds
-- the members absent three times or more in a year through it, reading a few percent of the attendance records
-- instead of all of them again after the attendance aggregate has. A query uses it when it names the same condition.
CREATE INDEX attendance_absences_by_meeting ON attendance (meeting_id, person_id)
WHERE status IN ('ABSENT_EXCUSED', 'ABSENT_UNEXCUSED');
