-- The municipality's one answer to a piece of feedback; a later answer replaces the earlier. A private answer
-- (answer_public false) is for the author only. answered_on_time: answered by respond_by, in Norwegian time.
alter table feedback add column answer_text      varchar(4000);
alter table feedback add column answer_public    boolean;
alter table feedback add column answered_by      varchar(255);
alter table feedback add column answered_at      timestamptz;
alter table feedback add column answered_on_time boolean;
alter table feedback add constraint feedback_answer_complete
    check ((answered_at is null) = (answer_text is null) and (answered_at is null) = (answer_public is null)
        and (answered_at is null) = (answered_by is null) and (answered_at is null) = (answered_on_time is null));

-- Staff's queue: unanswered feedback of a municipality, soonest committed date first.
create index feedback_awaiting_answer on feedback (municipality, respond_by)
    where answered_at is null and withdrawn_at is null;

-- Every move of the committed date, with the reason staff gave.
create table feedback_response_date_change (
    feedback_id uuid          not null references feedback (id),
    respond_by  date          not null,
    reason      varchar(1000) not null,
    changed_by  varchar(255)  not null,
    changed_at  timestamptz   not null
);
create index feedback_response_date_change_by_feedback on feedback_response_date_change (feedback_id, changed_at);
