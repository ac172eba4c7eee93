create table hours_entry (
    id                uuid          primary key,
    municipality      char(4)       not null,
    offer_id          uuid          not null references help_offer (id),
    association_id    uuid          references association (id),
    volunteer_id      text          not null,
    work_date         date          not null,
    hours             numeric(4, 2) not null check (hours >= 0.25 and hours <= 24),
    role              text          not null,
    note              text          not null,
    status            text          not null check (status in ('logged', 'approved', 'rejected')),
    decided_by        text,
    decided_at        timestamptz,
    rejection_reason  text,
    logged_at         timestamptz   not null,
    constraint never_decided_by_the_volunteer check (decided_by is null or decided_by <> volunteer_id)
);

create index hours_entry_by_volunteer on hours_entry (volunteer_id, status);
create index hours_entry_waiting_for_association on hours_entry (association_id, logged_at) where status = 'logged';
create index hours_entry_waiting_for_staff on hours_entry (municipality, logged_at)
    where status = 'logged' and association_id is null;

-- The volunteer's live verification code for their volunteer record: at most one unrevoked per volunteer.
create table volunteer_record_code (
    code          text        primary key,
    volunteer_id  text        not null,
    display_name  text        not null,
    issued_at     timestamptz not null,
    revoked_at    timestamptz
);

create unique index volunteer_record_code_live on volunteer_record_code (volunteer_id) where revoked_at is null;
