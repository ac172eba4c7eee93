create table outbox_message (
    seq         bigserial primary key,
    message_id  uuid        not null unique,
    topic       text        not null,
    message_key text        not null,
    message_type text       not null,
    envelope    text        not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);

create index outbox_message_unsent on outbox_message (seq) where sent_at is null;
create index outbox_message_sent_at on outbox_message (sent_at) where sent_at is not null;
