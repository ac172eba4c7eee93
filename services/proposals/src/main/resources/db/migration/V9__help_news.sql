-- Offers of help already told to an idea's followers, so a redelivered or replayed help-accepted tells no one twice.
create table idea_help_news (
    offer_id  text        primary key,
    idea_id   uuid        not null,
    told_at   timestamptz not null
);
