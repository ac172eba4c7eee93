create table venue (
    id              uuid        primary key,
    municipality    char(4)     not null,
    name            text        not null,
    address         text        not null,
    capacity        integer,
    accessibility   text[]      not null default '{}',
    lent            boolean     not null default false,
    described_at    timestamptz not null,
    version         bigint      not null default 0
);

create index venue_by_municipality on venue (municipality, name);

create table event (
    id                    uuid        primary key,
    municipality          char(4)     not null,
    title                 text        not null,
    description           text        not null,
    hosting_unit          text        not null,
    co_host_ids           uuid[]      not null default '{}',
    idea_ids              uuid[]      not null default '{}',
    venue_id              uuid        references venue (id),
    venue_name            text,
    venue_address         text,
    venue_capacity        integer,
    venue_accessibility   text[],
    starts_at             timestamptz not null,
    ends_at               timestamptz not null,
    audience              text        not null,
    target_groups         text[]      not null default '{}',
    price_nok             integer,
    capacity              integer,
    accessibility         text[]      not null default '{}',
    status                text        not null check (status in ('draft', 'published', 'completed', 'cancelled')),
    cancellation_reason   text,
    created_by            text        not null,
    created_at            timestamptz not null,
    version               bigint      not null,
    constraint event_ends_after_it_starts check (ends_at > starts_at)
);

create index event_by_municipality on event (municipality, starts_at);

-- Associations as the organisations service's messages describe them: enough to decide who may co-host.
create table partner_association (
    id              uuid        primary key,
    municipality    char(4)     not null,
    name            text        not null,
    verified        boolean     not null default false
);

create table partner_member (
    association_id  uuid        not null,
    person_id       text        not null,
    role            text        not null,
    primary key (association_id, person_id)
);

create index partner_member_by_person on partner_member (person_id);

-- Valid politiattest sightings per volunteer, from attest-sighted and attest-expired.
create table attest_sighting (
    association_id  uuid        not null,
    volunteer_id    text        not null,
    role            text        not null,
    valid_until     date        not null,
    primary key (association_id, volunteer_id, role)
);

create index attest_sighting_by_volunteer on attest_sighting (volunteer_id);
