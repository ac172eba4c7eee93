-- A person's registration for an event, for themselves and their companions. seq orders the waitlist.
create table registration (
    id              uuid        primary key,
    seq             bigint      generated always as identity unique,
    event_id        uuid        not null references event (id),
    municipality    char(4)     not null,
    person_id       text        not null,
    display_name    text,
    companions      integer     not null check (companions between 0 and 9),
    needs           text[]      not null default '{}',
    needs_note      text        not null default '',
    status          text        not null check (status in ('confirmed', 'waiting', 'cancelled')),
    registered_at   timestamptz not null,
    checked_in_at   timestamptz,
    checked_in_by   text,
    constraint registration_checked_in_when_confirmed check (checked_in_at is null or status <> 'waiting')
);

-- One registration per person and event that is not cancelled; the service checks first, this is the backstop.
create unique index registration_once_per_person on registration (event_id, person_id) where status <> 'cancelled';
create index registration_by_event on registration (event_id, status, seq);
create index registration_by_person on registration (person_id, registered_at desc);
