-- Politiattest (politiregisterloven § 39) is sighted, never stored: these tables hold who saw it, when, and until
-- when it holds, and have no column that could hold the certificate or anything it says.
create table attest_officers (
    association_id  uuid        primary key references association (id),
    responsible_id  text        not null,
    deputy_id       text        not null,
    appointed_by    text        not null,
    appointed_at    timestamptz not null,
    constraint two_different_officers check (responsible_id <> deputy_id)
);

create table attest_sighting (
    association_id     uuid        not null references association (id),
    volunteer_id       text        not null,
    role_code          text        not null check (role_code in ('barn-og-unge', 'personer-med-utviklingshemming')),
    role_name          text        check (char_length(role_name) <= 100),
    seen_by            text        not null,
    seen_on            date        not null,
    valid_until        date        not null,
    guardian_consent   boolean     not null,
    recorded_at        timestamptz not null,
    expiring_sent_on   date,
    expired_sent_on    date,
    primary key (association_id, volunteer_id, role_code)
);

create index attest_sighting_reminders_due on attest_sighting (valid_until) where expired_sent_on is null;
