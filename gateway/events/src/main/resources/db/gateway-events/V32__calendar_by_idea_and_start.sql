-- An idea's page lists the completed events that realised it: found through the idea, not by reading every event.
create index event_calendar_realising on event_calendar using gin (idea_ids) where status = 'completed';
-- The calendar reads a municipality's events in start order from a bounded start (CalendarQuery), paged by id too.
create index event_calendar_by_start on event_calendar (municipality, starts_at, id);
drop index event_calendar_by_municipality;
