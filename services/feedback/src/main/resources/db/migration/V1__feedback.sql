-- One row per piece of feedback, on a completed event (event_id) or on a municipality's service unit (unit).
-- author_id is kept for abuse handling and erasure even when anonymous; it never leaves the service in a message
-- and is shown to staff only when anonymous is false.
create table feedback (
    id              uuid primary key,
    municipality    varchar(4)   not null,
    event_id        uuid,
    unit            varchar(64),
    author_id       varchar(255) not null,
    anonymous       boolean      not null default false,
    rating          smallint     not null check (rating between 1 and 5),
    text            varchar(4000),
    wish_next       varchar(2000),
    idea_consent    boolean      not null default false,
    respond_by      date         not null,
    given_at        timestamptz  not null,
    edited_at       timestamptz,
    withdrawn_at    timestamptz,
    version         bigint       not null default 0,
    constraint feedback_is_about_one_thing check ((event_id is null) <> (unit is null))
);

-- One piece of feedback per person per event (a withdrawn one frees the place).
create unique index feedback_one_per_person_per_event
    on feedback (event_id, author_id) where event_id is not null and withdrawn_at is null;
create index feedback_by_municipality on feedback (municipality, given_at desc);
create index feedback_by_unit on feedback (municipality, unit) where unit is not null;
create index feedback_by_author on feedback (author_id);
