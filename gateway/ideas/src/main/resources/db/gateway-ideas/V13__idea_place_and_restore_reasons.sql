-- Where an idea would happen, as its author wrote it; null for none, and for ideas projected before this column.
alter table idea_board add column place text;

-- The moderator's reason for showing a hidden idea again, for its author; null while hidden, before any restoring,
-- after a lifted block and for restorings written before reasons travelled.
alter table my_idea add column restored_reason text;
