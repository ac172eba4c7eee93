-- Messages a consumer could not apply, and every later message of the same aggregate (same topic and key), held
-- in arrival order until an operator releases or discards them (ADR 0044). Kept here rather than in memory so a
-- hold survives a restart and binds whichever instance is given the partition next.
create table held_message (
    id              bigserial   primary key,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    message_key     text        not null,
    message_id      uuid,
    message_type    text,
    payload         text        not null,
    reason          text        not null,
    held_at         timestamptz not null default now(),
    unique (topic, kafka_partition, kafka_offset)
);

create index held_message_aggregate on held_message (topic, message_key, kafka_partition, kafka_offset);
