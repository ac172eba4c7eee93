-- The feedback an idea was made of, when staff turned a resident's feedback into it (issue 14). One idea per
-- feedback: the feedback service draws the idea's id, so a redelivered message finds the idea and this row there.
create table idea_origin (
    idea_id     uuid primary key references idea (id),
    feedback_id uuid not null unique
);
