-- How far the organisations service has read Enhetsregisteret's update feed (oppdateringer/enheter).
create table register_feed_cursor (
    feed           text        primary key,
    last_update_id bigint      not null check (last_update_id >= 0),
    moved_at       timestamptz not null
);
