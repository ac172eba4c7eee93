-- Overdue answers escalate (issue 16, item 2; ADR 0043). Each municipality chooses how many days before a committed
-- response date the staff member who committed it is reminded. The idea remembers for which date it sent the
-- reminder and told that the date passed, so a run repeated, or run on two instances at once, tells nobody twice,
-- and a moved date is told again.
alter table municipality_settings add column response_reminder_days integer not null default 7
    check (response_reminder_days between 1 and 90);
alter table idea add column reminded_for date, add column passing_told_for date;

-- The municipality's admins as this service meets them: each admin who changed its settings. They are told when an
-- answer is overdue.
create table municipality_admin (
    municipality char(4)     not null,
    person_id    text        not null,
    seen_at      timestamptz not null,
    primary key (municipality, person_id)
);
