-- The id of the request that wrote the message, sent on as the record's request-id header (ADR 0054).
alter table outbox_message add column request_id text;
