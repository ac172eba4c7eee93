alter table idea add column hidden_reason text;
alter table idea add column hidden_by text;
alter table idea add column hidden_at timestamptz;
alter table idea add column open_reports integer not null default 0;
alter table idea add constraint idea_hiding_complete
    check ((hidden_at is null) = (hidden_by is null) and (hidden_at is null) = (hidden_reason is null));

alter table idea_timeline add column moderation text
    check (moderation in ('HIDDEN', 'RESTORED', 'APPEALED', 'APPEAL_UPHELD', 'APPEAL_DISMISSED'));

create table idea_report (
    idea_id     uuid        not null references idea (id),
    reporter_id text        not null,
    reason      text        not null,
    reported_at timestamptz not null,
    primary key (idea_id, reporter_id)
);

create table idea_appeal (
    idea_id               uuid        primary key references idea (id),
    appellant_id          text        not null,
    text                  text        not null,
    contested_decision_by text        not null,
    appealed_at           timestamptz not null,
    upheld                boolean,
    decided_by            text,
    decision_reason       text,
    decided_at            timestamptz,
    check ((decided_at is null) = (upheld is null) and (decided_at is null) = (decided_by is null)
        and (decided_at is null) = (decision_reason is null))
);

create table person_block (
    municipality char(4)     not null,
    subject      text        not null,
    reason       text        not null,
    blocked_by   text        not null,
    blocked_at   timestamptz not null,
    primary key (municipality, subject)
);
