create table help_offer (
    id              uuid        primary key,
    municipality    char(4)     not null,
    idea_id         uuid        not null,
    association_id  uuid        references association (id),
    offered_by      text        not null,
    kind            text        not null check (kind in ('hours', 'skills', 'venue', 'equipment', 'know-how')),
    hours           numeric(7, 2),
    skills          text[]      not null,
    description     text        not null,
    status          text        not null check (status in ('offered', 'accepted', 'declined')),
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text,
    offered_at      timestamptz not null,
    constraint hours_only_for_kind_hours check ((kind = 'hours') = (hours is not null)),
    constraint decided_when_not_offered check ((status = 'offered') = (decided_at is null))
);

create index help_offer_by_idea on help_offer (idea_id, status);
create index help_offer_by_association on help_offer (association_id, status);
create index help_offer_by_offerer on help_offer (offered_by);
create index help_offer_waiting on help_offer (municipality, offered_at) where status = 'offered';
