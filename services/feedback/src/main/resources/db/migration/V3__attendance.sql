-- Events as the events service's messages describe them. Each kind of fact keeps its own time, so a message that
-- arrives late, twice or out of order changes nothing it should not: the facts of the newest description win, and
-- completion and cancellation, once heard, stay.
create table event_copy (
    id              uuid primary key,
    municipality    varchar(4)  not null,
    title           text,
    starts_at       timestamptz,
    ends_at         timestamptz,
    described_at    timestamptz,
    completed_at    timestamptz,
    cancelled_at    timestamptz
);

-- Who held seats at an event, came to it, or worked a shift at it: one row per registration (source_id its id) or
-- per shift worked (source_id 'shift/' and the shift's id). A person attended when they were checked in, or when the
-- latest of their registration's registered_at and unregistered_at is registered_at.
create table attendance (
    event_id        uuid        not null,
    source_id       text        not null,
    person_id       text        not null,
    registered_at   timestamptz,
    unregistered_at timestamptz,
    checked_in_at   timestamptz,
    primary key (event_id, source_id)
);

create index attendance_by_person on attendance (event_id, person_id);
