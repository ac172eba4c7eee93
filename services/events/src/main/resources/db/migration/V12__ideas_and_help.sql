-- Ideas as the proposals service's messages describe them: enough to draft an event from an accepted one. The
-- author is not kept. status: submitted, accepted, answered (not accepted), realised or withdrawn.
create table idea_copy (
    id              uuid        primary key,
    municipality    char(4)     not null,
    title           text        not null,
    description     text        not null,
    service_area    text,
    status          text        not null,
    changed_at      timestamptz not null
);

-- Offers of help to ideas, from the organisations service's help messages. associationId is null for a volunteer's
-- own offer, whose offerer is not kept.
create table help_offer_copy (
    id              uuid        primary key,
    idea_id         uuid        not null,
    association_id  uuid,
    kind            text        not null,
    hours           double precision,
    description     text        not null,
    status          text        not null check (status in ('offered', 'accepted', 'declined')),
    changed_at      timestamptz not null
);

create index help_offer_copy_by_idea on help_offer_copy (idea_id);

-- The accepted offers carried over to an event drafted from an idea, as they read then.
create table event_help_offer (
    event_id        uuid        not null references event (id),
    offer_id        uuid        not null,
    idea_id         uuid        not null,
    association_id  uuid,
    kind            text        not null,
    hours           double precision,
    description     text        not null,
    primary key (event_id, offer_id)
);
