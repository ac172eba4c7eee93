create table association (
    id                          uuid        primary key,
    municipality                char(4)     not null,
    organisation_number         char(9)     not null,
    name                        text        not null,
    type                        text        not null,
    description                 text        not null,
    contact_email               text,
    contact_phone               text,
    website                     text,
    parent_id                   uuid        references association (id),
    register_status             text        not null,
    registered_name             text,
    organisation_form           text,
    register_address            text,
    in_frivillighetsregisteret  boolean     not null,
    deleted_on                  date,
    checked_at                  timestamptz,
    verified_by                 text,
    verified_at                 timestamptz,
    registered_by               text        not null,
    registered_at               timestamptz not null,
    version                     bigint      not null,
    constraint one_association_per_number_and_municipality unique (municipality, organisation_number)
);

create index association_by_number on association (organisation_number);
create index association_unchecked on association (registered_at) where register_status = 'unchecked';

create table membership (
    association_id  uuid        not null references association (id),
    person_id       text        not null,
    role            text        not null check (role in ('admin', 'member')),
    added_by        text        not null,
    added_at        timestamptz not null,
    primary key (association_id, person_id)
);

create index membership_by_person on membership (person_id);
