-- Finding ideas on the board: full-text search, similar titles, and an index for every sort's keyset order.

-- Extensions belong to the database, not to a schema: kept in public so that dropping a service's schema
-- cannot take them away from another, and named with public. where used. All three ship with PostgreSQL and are
-- trusted, so an owner of the database may create them. btree_gin and btree_gist let the municipality share an
-- index with the words and the trigrams, so a search reads only its own municipality's matches.
create extension if not exists pg_trgm with schema public;
create extension if not exists btree_gin with schema public;
create extension if not exists btree_gist with schema public;

-- The Snowball stemmer behind 'norwegian' is not stable on its own output: 'konsert' becomes 'konser' but
-- 'konserter' and 'konserten' become 'konsert', and 'kurs' becomes 'kur' but 'kurset' 'kurs'. Each word is
-- therefore indexed under its stem and under the stem of that stem, at the same position and weight, and
-- idea_search_query looks for both, so the base form and the inflected forms find each other.
create function idea_search_document(title text, body text) returns tsvector
    language sql immutable parallel safe
as $$
    select coalesce(string_agg('''' || replace(replace(form.lexeme, '\', '\\'), '''', '''''') || ''':' || word.places, ' ')
                        ::tsvector, ''::tsvector)
    from (select entry.lexeme,
                 (select string_agg(place.position || place.weight, ',')
                  from unnest(entry.positions, entry.weights) as place(position, weight)) as places
          from unnest(setweight(to_tsvector('norwegian', coalesce(title, '')), 'A')
                      || setweight(to_tsvector('norwegian', coalesce(body, '')), 'B')) as entry) as word
    cross join lateral (select word.lexeme
                        union
                        select unnest(tsvector_to_array(to_tsvector('norwegian', word.lexeme)))) as form(lexeme)
$$;

create function idea_search_query(words text) returns tsquery
    language sql immutable parallel safe
as $$
    select websearch_to_tsquery('norwegian', words)
        || to_tsquery('norwegian', websearch_to_tsquery('norwegian', words)::text)
$$;

alter table idea_board
    add column search_document tsvector generated always as (idea_search_document(title, body)) stored;

-- A fixed pseudo-random place for each idea in [0, 2^60); the random sort walks this order from a point
-- chosen by the visitor's seed, so it can use an index.
alter table idea_board
    add column shuffle_key bigint generated always as (('x' || left(md5(id::text), 15))::bit(60)::bigint) stored;

create index idea_board_public_most_supported on idea_board (municipality, support_count desc, id desc)
    where published_at is not null;

create index idea_board_public_shuffled on idea_board (municipality, shuffle_key, id)
    where published_at is not null;

create index idea_board_public_search on idea_board using gin (municipality, search_document)
    where published_at is not null;

-- GiST rather than GIN: it hands out the nearest titles first, so five suggestions never rank every candidate.
create index idea_board_public_title_trigrams on idea_board using gist (municipality, title public.gist_trgm_ops)
    where published_at is not null;
