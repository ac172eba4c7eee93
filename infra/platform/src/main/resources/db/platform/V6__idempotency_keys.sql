-- A write a client sent with an Idempotency-Key: what it asked for (a digest) and what it made, so a retry of the
-- same request answers with the first result instead of making a second one. Kept for a day.
create table idempotency_key (
    person_id       text        not null,
    operation       text        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    resource        text,
    created_at      timestamptz not null,
    primary key (person_id, operation, idempotency_key)
);
