-- An event's volunteer shifts with the places taken, as the shift messages count them. Who signed up is not kept.
create table event_shift (
    id              uuid        primary key,
    event_id        uuid        not null,
    role            text        not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    needed          integer     not null,
    filled          integer     not null default 0,
    minimum_age     integer,
    attest_required boolean     not null default false,
    changed_at      timestamptz not null
);

create index event_shift_by_event on event_shift (event_id, starts_at);

-- The associations' names, from the organisations service's messages, to name an event's co-hosts.
create table event_association (
    id           uuid        primary key,
    municipality varchar(4)  not null,
    name         text        not null
);
