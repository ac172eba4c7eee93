-- Each person's one feed, from samskap.notifications.feed; a replay empties and refills this table alone.
create table notification_entry (
    notification_id uuid        primary key,
    arrival         bigint      generated always as identity,
    person_id       text        not null,
    service         text        not null,
    subject_type    text        not null,
    subject_id      text        not null,
    subject_title   text        not null,
    link_path       text        not null,
    kind            text        not null,
    note            text        not null,
    notified_at     timestamptz not null
);

create index notification_entry_feed on notification_entry (person_id, notified_at desc, arrival desc);

-- The feed's read state is the gateway's own (ADR 0024): no message rebuilds it, so no replay deletes it.
create table notification_read (
    person_id       text        not null,
    notification_id uuid        not null,
    read_at         timestamptz not null,
    primary key (person_id, notification_id)
);

-- frequency off keeps no address; next_due_at is null while off.
create table notification_digest (
    person_id   text        primary key,
    frequency   text        not null check (frequency in ('off', 'daily', 'weekly')),
    email       text,
    language    text        not null,
    chosen_at   timestamptz not null,
    next_due_at timestamptz,
    check ((frequency = 'off') = (email is null))
);

create index notification_digest_due on notification_digest (next_due_at) where next_due_at is not null;

-- Which digest told of an entry, so that no entry is in two digests, replay or not.
create table notification_digested (
    notification_id uuid primary key,
    mail_id         uuid not null
);

-- The mail outbox: written in the transaction that decides a digest, sent and marked by the mail sender.
create table notification_mail (
    mail_id         uuid        primary key,
    person_id       text        not null,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    last_error      text
);

create index notification_mail_unsent on notification_mail (next_attempt_at) where sent_at is null;
