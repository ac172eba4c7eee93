-- The public calendar: every event the events service published, with its facts as the latest message describes
-- them. Drafts never come here. No person is named, not even who published or cancelled it.
create table event_calendar (
    id                  uuid        primary key,
    municipality        varchar(4)  not null,
    status              text        not null check (status in ('published', 'cancelled', 'completed')),
    title               text        not null,
    description         text        not null,
    hosting_unit        text        not null,
    co_host_ids         uuid[]      not null default '{}',
    idea_ids            uuid[]      not null default '{}',
    venue_id            uuid,
    venue_name          text,
    venue_address       text,
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    audience            text        not null,
    target_groups       text[]      not null default '{}',
    price_nok           integer,
    capacity            integer,
    accessibility       text[]      not null default '{}',
    cancellation_reason text,
    attended            integer,
    published_at        timestamptz not null,
    updated_at          timestamptz not null
);

create index event_calendar_by_municipality on event_calendar (municipality, starts_at);

-- Seats as the last registration message of each event counts them. Kept apart from the calendar because the
-- registration topic is not ordered with the event topic: seats may arrive before the event is published here.
create table event_seats (
    event_id   uuid        primary key,
    confirmed  integer     not null,
    waiting    integer     not null,
    capacity   integer,
    changed_at timestamptz not null
);
