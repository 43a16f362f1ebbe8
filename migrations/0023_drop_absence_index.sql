-- The compliance rollup reads members' absence runs kept on write (0020) instead of finding repeated absentees
-- through this index of absences (0015): nothing reads it any more, and every attendance write kept it.
DROP INDEX attendance_absences_by_meeting;
