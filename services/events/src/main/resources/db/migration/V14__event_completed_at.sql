-- When staff completed the event: attendance may be recorded until some days after (AttendanceWindow, ADR 0041).
alter table event add column completed_at timestamptz;

-- Events completed before this column existed: the time is unknown, and the end of the event is the earliest it can
-- have been, so their window for recording attendance is counted from then.
update event set completed_at = ends_at where status = 'completed';

