-- The staff inbox: what a municipality's moderators and case workers still have to do. Kept apart from the public
-- board, since it holds what the public must not see (ideas before moderation, hidden ideas and comments, appeals)
-- and who made each moderation decision, so that another moderator decides an appeal against it.
create table staff_inbox_idea (
    id              uuid primary key,
    municipality    text not null,
    title           text not null,
    body            text not null,
    status          text not null,
    submitted_at    timestamptz not null,
    respond_by      date,
    hidden_at       timestamptz,
    hidden_reason   text,
    hidden_by       text,
    hiding_final    boolean not null default false,
    rejected_by     text,
    rejected_reason text,
    appealed_at     timestamptz,
    appealed_against text,
    updated_at      timestamptz not null
);

create index staff_inbox_idea_waiting on staff_inbox_idea (municipality, status)
    where status in ('submitted', 'under-assessment') or hidden_at is not null or appealed_at is not null;

create table staff_inbox_comment (
    id            uuid primary key,
    idea_id       uuid not null,
    municipality  text not null,
    body          text not null,
    hidden_at     timestamptz,
    hidden_reason text,
    hidden_by     text
);

create index staff_inbox_comment_hidden on staff_inbox_comment (municipality) where hidden_at is not null;
