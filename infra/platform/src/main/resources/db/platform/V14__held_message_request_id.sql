-- The id of the request that wrote a held message (its record's request-id header, ADR 0054), so that applying it on
-- release logs under the same id as everything else the request caused.
alter table held_message add column request_id text;
