-- The hourly purge finds ids older than the retention by processed_at; without an index it reads the whole table,
-- which holds up to two weeks of messages. Not built concurrently: that waits for every open transaction in the
-- whole database, which on a shared server can take as long as the longest one; the table is small enough that a
-- short lock at start-up is the lesser cost.
create index if not exists processed_message_processed_at on processed_message (processed_at);
