create table processed_message (
    message_id   uuid        primary key,
    message_type text        not null,
    processed_at timestamptz not null default now()
);

create table parked_message (
    id           bigserial   primary key,
    topic        text        not null,
    kafka_partition integer  not null,
    kafka_offset bigint      not null,
    payload      text        not null,
    reason       text        not null,
    parked_at    timestamptz not null default now()
);
