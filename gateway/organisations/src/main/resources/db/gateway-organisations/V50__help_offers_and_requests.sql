-- Offers of help to ideas, as the organisations service's help messages tell them. offered_by is the person's
-- subject id: read only by signed-in routes for that person and by the municipality's staff; the public idea page
-- shows the association or "a volunteer", never who.
create table help_offer (
    id              uuid primary key,
    municipality    varchar(4)  not null,
    idea_id         uuid        not null,
    association_id  uuid,
    offered_by      text        not null,
    kind            text        not null,
    hours           numeric(6, 2),
    skills          text[]      not null default '{}',
    description     text        not null,
    status          text        not null default 'offered',
    offered_at      timestamptz not null,
    decided_at      timestamptz
);

create index help_offer_by_idea on help_offer (idea_id, status);
create index help_offer_by_association on help_offer (association_id, status);
create index help_offer_by_person on help_offer (offered_by);
create index help_offer_waiting on help_offer (municipality, status, offered_at);

-- Requests for help (tasks) while volunteers may still take them; the wording and place are read from the service.
create table help_request (
    id              uuid primary key,
    municipality    varchar(4)  not null,
    association_id  uuid,
    idea_id         uuid,
    skills          text[]      not null default '{}',
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    requested_at    timestamptz not null,
    taken_by        text,
    taken_at        timestamptz
);

create index help_request_open on help_request (municipality, starts_at) where taken_by is null;

-- The ideas help may be offered to: published and neither withdrawn nor hidden, as the proposals topic tells it.
create table help_idea (
    id           uuid primary key,
    municipality varchar(4) not null,
    open         boolean    not null
);
