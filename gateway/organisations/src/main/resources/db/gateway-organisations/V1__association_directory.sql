-- The public directory of associations: what the organisations service's messages say of each association and of its
-- organisation number in Enhetsregisteret. No person is named here, not even who registered it.
create table association_directory (
    id                         uuid primary key,
    municipality               varchar(4)  not null,
    organisation_number        varchar(9)  not null,
    name                       text        not null,
    type                       text        not null,
    description                text        not null,
    parent_association_id      uuid,
    register_status            text        not null default 'unchecked',
    registered_name            text,
    organisation_form          text,
    in_frivillighetsregisteret boolean     not null default false,
    deleted_on                 date,
    checked_at                 timestamptz,
    verified                   boolean     not null default false,
    verified_at                timestamptz,
    registered_at              timestamptz not null,
    updated_at                 timestamptz not null
);

create index association_directory_by_municipality on association_directory (municipality, lower(name));

-- Who belongs to which association, by subject id only: read by signed-in routes for that person alone.
create table association_member (
    association_id uuid        not null,
    person_id      text        not null,
    role           text        not null,
    added_at       timestamptz not null,
    primary key (association_id, person_id)
);

create index association_member_by_person on association_member (person_id);
