-- Volunteer shifts at an event. The municipality is the event's, copied so a shift's messages need no join.
create table shift (
    id               uuid        primary key,
    event_id         uuid        not null references event (id),
    municipality     char(4)     not null,
    role             text        not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    needed           integer     not null check (needed between 1 and 500),
    team_leader_id   text,
    minimum_age      integer     check (minimum_age between 1 and 99),
    attest_required  boolean     not null,
    created_by       text        not null,
    created_at       timestamptz not null,
    constraint shift_ends_after_it_starts check (ends_at > starts_at)
);

create index shift_by_event on shift (event_id, starts_at);

-- Who took a place on a shift or waits for one; queued_at orders the waitlist (first come, first moved in).
-- Leaving deletes the row. An absence (ill or late) stays with the sign-up, seen only by the team leader and organisers.
create table shift_sign_up (
    shift_id             uuid        not null references shift (id),
    volunteer_id         text        not null,
    association_id       uuid,
    status               text        not null check (status in ('placed', 'waiting')),
    signed_up_at         timestamptz not null,
    queued               bigserial,
    absence_kind         text        check (absence_kind in ('ill', 'late')),
    absence_note         text,
    minutes_late         integer,
    absence_reported_at  timestamptz,
    checked_in_at        timestamptz,
    primary key (shift_id, volunteer_id),
    constraint only_placed_volunteers_are_checked_in check (checked_in_at is null or status = 'placed')
);

create index shift_sign_up_by_volunteer on shift_sign_up (volunteer_id);
