-- Venues as the events service describes them, and the applications for their rooms that wait for the staff.
-- Who applied is an association, never a person; what it needs the room for stays in the service.
create table venue_directory (
    id            uuid        primary key,
    municipality  varchar(4)  not null,
    name          text        not null,
    address       text        not null,
    capacity      integer,
    accessibility text[]      not null default '{}',
    lent          boolean     not null,
    described_at  timestamptz not null
);

create index venue_directory_by_municipality on venue_directory (municipality, name);

create table room_booking_request (
    id                 uuid        primary key,
    venue_id           uuid        not null,
    municipality       varchar(4)  not null,
    association_id     uuid        not null,
    children_and_youth boolean     not null,
    starts_at          timestamptz not null,
    ends_at            timestamptz not null,
    weekly_until       date,
    requested_at       timestamptz not null
);

create index room_booking_request_by_municipality on room_booking_request (municipality, requested_at);
