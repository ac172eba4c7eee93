create table help_request (
    id              uuid        primary key,
    municipality    char(4)     not null,
    association_id  uuid        references association (id),
    idea_id         uuid,
    task            text        not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    place           text        not null,
    skills          text[]      not null,
    requested_by    text        not null,
    requested_at    timestamptz not null,
    taken_by        text,
    taken_at        timestamptz,
    constraint ends_after_it_starts check (ends_at > starts_at),
    constraint taken_by_someone_at_a_time check ((taken_by is null) = (taken_at is null))
);

create index help_request_open on help_request (municipality, starts_at) where taken_by is null;

create table help_interest (
    request_id      uuid        not null references help_request (id),
    volunteer_id    text        not null,
    shown_at        timestamptz not null,
    reminded_at     timestamptz,
    primary key (request_id, volunteer_id)
);

create index help_interest_by_volunteer on help_interest (volunteer_id);
create index help_interest_unreminded on help_interest (shown_at) where reminded_at is null;
