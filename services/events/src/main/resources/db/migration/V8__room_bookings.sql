-- btree_gist lets one exclusion constraint compare a venue's id with = and its times with &&. It lives in public
-- so that no service schema owns it (dropping a schema must not drop another's constraint); the default operator
-- classes it adds are found whatever the search path.
create extension if not exists btree_gist with schema public;

-- An association's application for a lent venue, or an event's use of its venue. The schedule is one-off
-- (starts_at, ends_at) or weekly (weekday 1 = Monday .. 7, local times in Europe/Oslo, from_date .. until_date);
-- starts_at and ends_at then hold the first occurrence.
create table room_booking (
    id                   uuid        primary key,
    venue_id             uuid        not null references venue (id),
    municipality         char(4)     not null,
    association_id       uuid,
    event_id             uuid,
    purpose              text        not null,
    children_and_youth   boolean     not null default false,
    starts_at            timestamptz not null,
    ends_at              timestamptz not null,
    weekday              smallint    check (weekday between 1 and 7),
    start_time           time,
    end_time             time,
    from_date            date,
    until_date           date,
    status               text        not null check (status in ('pending', 'approved', 'declined', 'cancelled')),
    applied_by           text        not null,
    applied_at           timestamptz not null,
    decided_by           text,
    decided_at           timestamptz,
    decision_reason      text,
    cancellation_reason  text,
    version              bigint      not null default 0,
    constraint room_booking_has_one_holder check ((association_id is null) <> (event_id is null)),
    constraint room_booking_weekly_is_whole check ((weekday is null) = (until_date is null)
        and (weekday is null) = (start_time is null) and (weekday is null) = (end_time is null)
        and (weekday is null) = (from_date is null))
);

create index room_booking_by_municipality on room_booking (municipality, status, applied_at);
create index room_booking_by_association on room_booking (association_id);
create unique index room_booking_one_per_event on room_booking (event_id) where status = 'approved';

-- Every time a booking takes the room. Only occurrences that hold (of approved bookings) may never overlap at one
-- venue: the database refuses the second, whatever the application checked before.
create table room_occurrence (
    booking_id  uuid      not null references room_booking (id) on delete cascade,
    venue_id    uuid      not null references venue (id),
    during      tstzrange not null check (not isempty(during)),
    holds       boolean   not null default false,
    constraint room_occurrences_never_overlap exclude using gist (venue_id with =, during with &&) where (holds)
);

create index room_occurrence_by_booking on room_occurrence (booking_id);
create index room_occurrence_by_time on room_occurrence using gist (venue_id, during);
