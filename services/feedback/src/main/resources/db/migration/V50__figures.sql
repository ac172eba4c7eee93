-- The ideas each event realises, as the events service's messages last described them (the newest described_at
-- wins, so late and doubled messages change nothing), for the figures on co-created events.
create table event_ideas (
    event_id     uuid        primary key,
    idea_ids     uuid[]      not null,
    described_at timestamptz not null
);
