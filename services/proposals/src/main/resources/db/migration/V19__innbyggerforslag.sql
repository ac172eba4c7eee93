-- Innbyggerforslag, kommuneloven § 12-1 (issue 16, item 6; ADR 0051). The population each municipality's admin keeps
-- gives the threshold: 2 % of the residents, never more than 300.
create table municipality_population (
    municipality char(4)     primary key,
    residents    integer     not null check (residents between 1 and 2000000),
    changed_at   timestamptz not null
);

-- One per idea, made by its author. The threshold is fixed when it starts. The count changes only with a signature row,
-- under this row's lock. council_deadline is six months after sending; a decision is either the council's treatment
-- (meeting date, decision, case link) or staff's refusal as treated in the same election period.
create table petition (
    idea_id          uuid        primary key references idea (id),
    municipality     char(4)     not null,
    threshold        integer     not null check (threshold between 1 and 300),
    signature_count  integer     not null default 0 check (signature_count >= 0),
    started_at       timestamptz not null,
    sent_at          timestamptz,
    council_deadline date,
    outcome          text check (outcome in ('treated', 'refused')),
    meeting_date     date,
    decision         text,
    case_url         text,
    decided_at       timestamptz,
    reminded         boolean     not null default false,
    passing_told     boolean     not null default false,
    check ((sent_at is null) = (council_deadline is null)),
    check (outcome is null or sent_at is not null)
);

create index petition_awaiting_council on petition (council_deadline) where sent_at is not null and outcome is null;

-- Personal data: who signed. Never published by name; messages carry counts only.
create table petition_signature (
    idea_id   uuid        not null references petition (idea_id),
    signer_id text        not null,
    signed_at timestamptz not null,
    primary key (idea_id, signer_id)
);

create index petition_signature_by_signer on petition_signature (signer_id);
