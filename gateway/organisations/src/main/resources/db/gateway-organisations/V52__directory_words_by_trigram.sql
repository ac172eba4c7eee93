-- A search for words in the directory finds its candidates first (ADR 0070): the associations of the municipality
-- whose name or description holds every word, by these trigram indexes, and those with an accepted offer of help
-- whose description holds it. Walking the name index and testing each row read a whole municipality for a word few
-- of its associations hold (40 ms at 10,000 associations).
create extension if not exists pg_trgm with schema public;
create extension if not exists btree_gin with schema public;

-- Name and description as one lower-case text: a word holds no space, so it is part of one or the other.
create function association_directory_words(name text, description text) returns text
    language sql immutable parallel safe as $$
    select lower(name) || ' ' || lower(description)
$$;

create index association_directory_words on association_directory
    using gin (municipality, association_directory_words(name, description) public.gin_trgm_ops);

create index help_offer_accepted_words on help_offer
    using gin (municipality, lower(description) public.gin_trgm_ops) where status = 'accepted';
