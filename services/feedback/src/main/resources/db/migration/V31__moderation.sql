-- Hiding is moderation beside the feedback's life: hidden_cause 'moderation' (a moderator, or the report threshold
-- with hidden_by 'platform') or 'author-blocked' (the author is blocked in the municipality; lifted with the block).
alter table feedback add column hidden_reason varchar(1000);
alter table feedback add column hidden_cause  varchar(32) check (hidden_cause in ('moderation', 'author-blocked'));
alter table feedback add column hidden_by     varchar(255);
alter table feedback add column hidden_at     timestamptz;
alter table feedback add column open_reports  integer not null default 0;
alter table feedback add constraint feedback_hiding_complete
    check ((hidden_at is null) = (hidden_reason is null) and (hidden_at is null) = (hidden_cause is null)
        and (hidden_at is null) = (hidden_by is null));

create index feedback_for_moderation on feedback (municipality) where open_reports > 0 or hidden_at is not null;

-- One report per person and feedback; reports are kept for review and never published. A review (hiding or
-- restoring by staff) closes the open ones; who reported cannot report the same feedback again.
create table feedback_report (
    feedback_id uuid          not null references feedback (id),
    reporter_id varchar(255)  not null,
    reason      varchar(1000) not null,
    reported_at timestamptz   not null,
    closed_at   timestamptz,
    primary key (feedback_id, reporter_id)
);

-- The author's one appeal against a hiding; decided by another moderator than the one who hid.
create table feedback_appeal (
    feedback_id           uuid          primary key references feedback (id),
    text                  varchar(2000) not null,
    contested_decision_by varchar(255)  not null,
    appealed_at           timestamptz   not null,
    restored              boolean,
    decided_by            varchar(255),
    decision_reason       varchar(1000),
    decided_at            timestamptz,
    check ((decided_at is null) = (restored is null) and (decided_at is null) = (decided_by is null)
        and (decided_at is null) = (decision_reason is null))
);

-- Each municipality's moderation settings for feedback; a municipality without a row has the defaults.
create table feedback_settings (
    municipality     varchar(4) primary key,
    report_threshold integer    not null check (report_threshold >= 1)
);
