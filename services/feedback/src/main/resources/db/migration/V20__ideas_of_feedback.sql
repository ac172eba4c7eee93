-- The idea staff made of a piece of feedback, with its author's consent: at most one per feedback, and one feedback
-- per idea. idea_id is drawn here; the proposals service makes the idea under it from feedback-turned-into-idea.
-- realised_at is set the first time the proposals service says the idea came true (realised_by_event the event
-- that realised it, null when staff marked it by hand), so the author hears "you said, we did" once.
create table idea_of_feedback (
    feedback_id       uuid primary key references feedback (id) on delete cascade,
    idea_id           uuid         not null unique,
    title             varchar(120) not null,
    turned_by         varchar(255) not null,
    turned_at         timestamptz  not null,
    realised_at       timestamptz,
    realised_by_event uuid
);
