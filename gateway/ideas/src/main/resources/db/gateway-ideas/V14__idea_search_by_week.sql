-- Finding a search's newest matches a week at a time (ADR 0019).
--
-- Relevance ranks the newest matches of a search. With the plain full-text index PostgreSQL has to read every
-- match of the words, and a table page for each, before it knows which are the newest: 2,000 matches of two common
-- words cost 2,000 page reads at a million ideas. This index files each word under the idea's municipality and the
-- week it was submitted in, so the board can ask for the matches of one week at a time and walk back from the
-- newest week only until it has found enough.

-- Whole weeks since 1970-01-01 UTC. Interval arithmetic rather than extract(epoch from timestamptz), which
-- PostgreSQL marks as only stable.
create function idea_search_week(submitted_at timestamptz) returns integer
    language sql immutable parallel safe
as $$
    select floor(extract(epoch from submitted_at - timestamptz '1970-01-01 00:00:00+00') / 604800)::integer
$$;

-- A word as filed for one municipality and week. A word near the 2,047-byte limit of a lexeme would go over it with
-- the prefix, so a very long word is filed under its md5 instead; the query side does the same, so it still finds it.
create function idea_scoped_lexeme(municipality text, week integer, lexeme text) returns text
    language sql immutable parallel safe
as $$
    select municipality || '/' || week || '/'
               || case when octet_length(lexeme) > 1900 then 'md5:' || md5(lexeme) else lexeme end
$$;

-- The idea's search document with every word scoped to its municipality and week, at the same positions and weights,
-- so phrases and exclusions mean what they mean in the plain document.
-- It spells out idea_search_week and idea_scoped_lexeme rather than calling them: PostgreSQL 17 builds, reindexes and
-- analyses an index with search_path set to pg_catalog, where a function of this schema is not found (the launcher's
-- embedded PostgreSQL is 17). The query side calls them; the walk's equivalence tests hold the two to the same words.
create function idea_weekly_search_document(municipality text, submitted_at timestamptz, document tsvector)
    returns tsvector
    language sql immutable parallel safe
as $$
    select coalesce(string_agg('''' || replace(replace(
                                   municipality || '/'
                                   || floor(extract(epoch from submitted_at - timestamptz '1970-01-01 00:00:00+00')
                                            / 604800)::integer
                                   || '/' || case when octet_length(entry.lexeme) > 1900
                                                  then 'md5:' || md5(entry.lexeme) else entry.lexeme end,
                                   '\', '\\'), '''', '''''')
                               || '''' || coalesce(':' || (select string_agg(place.position || place.weight, ',')
                                                           from unnest(entry.positions, entry.weights)
                                                                as place(position, weight)), ''),
                               ' ')::tsvector,
                    ''::tsvector)
    from unnest(document) as entry
$$;

-- The search scoped to one week. An idea carries only its own week's words, so it matches exactly when it matches
-- the plain search and was submitted in that week; this holds for exclusions too, as long as the search has a word
-- that must be present (querytree is not 'T'). The search is taken apart as its text: quoted words (quotes doubled,
-- backslashes escaped) and the operators between them.
-- Declared parallel unsafe, which it is not, so that no statement using it is planned with parallel workers: a
-- week's matches are a few dozen ideas, and starting workers costs more than reading them.
create function idea_weekly_search_query(query tsquery, municipality text, week integer)
    returns tsquery
    language sql immutable parallel unsafe
as $$
    select string_agg(case when token.part[1] like '''%'
                           then '''' || replace(replace(idea_scoped_lexeme(municipality, week,
                               regexp_replace(substr(token.part[1], 2, length(token.part[1]) - 2),
                                              $re$\\(.)|'(')$re$, '\1\2', 'g')), '\', '\\'), '''', '''''') || ''''
                           else token.part[1] end,
                      '' order by token.place)::tsquery
    from regexp_matches(query::text, $re$'(?:[^'\\]|''|\\.)*'|[^']+$re$, 'g') with ordinality as token(part, place)
$$;

-- Without a pending list (fastupdate): every step of a walk would read the whole list again.
create index idea_board_public_weekly_search on idea_board
    using gin (idea_weekly_search_document(municipality, submitted_at, search_document)) with (fastupdate = off)
    where published_at is not null;
