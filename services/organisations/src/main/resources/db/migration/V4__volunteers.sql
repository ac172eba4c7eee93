-- A volunteer profile per person. The codes are checked by the service against the contract's lists.
create table volunteer (
    person_id          text        primary key,
    municipality       char(4)     not null,
    skills             text[]      not null,
    availability       text[]      not null,
    availability_note  text        not null check (char_length(availability_note) <= 300),
    languages          text[]      not null,
    contact_consent    boolean     not null default false,
    age_band           text        not null check (age_band in ('under-16', '16-17', '18-25', '26-66', '67-plus')),
    registered_at      timestamptz not null,
    updated_at         timestamptz not null
);

create index volunteer_findable on volunteer (municipality) where contact_consent;
