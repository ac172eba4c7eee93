-- The events service's event that realised the idea, on the step that made it realised. Steps before this column
-- (and ideas staff mark realised by hand) keep their free-form reference in note and leave it null.
alter table idea_timeline add column event_id uuid;
