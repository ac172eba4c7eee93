-- A search reads only its own municipality's entries of the full-text index (docs/performance.md). The V3 index put
-- the municipality beside the words as a btree_gin key: every search of Rana intersected its words with Rana's
-- 550,000 entries, about half of a two-word search's time at a million ideas. Here every lexeme is indexed with the
-- municipality in front of it ('1833:kaia'), so the words' own entries are Rana's already.
--
-- scoped_lexemes holds the lexemes of search_document only, without positions or weights, and the municipality on
-- its own ('1833') so that an idea has a lexeme even when its text is nothing but stop words. search_document stays:
-- it ranks, and the board filters on it as well, so phrases, exclusions and weights keep their exact meaning.
-- A lexeme may be 2,047 bytes long at most; one that the prefix would take past that is left out rather than refused
-- (a refusal would stop the board's projection), and no search can miss it: the words of a search are 200 characters
-- at most.
create function idea_scoped_lexemes(municipality text, title text, body text) returns tsvector
    language sql immutable parallel safe
as $$
    select array_to_tsvector(municipality || array(select municipality || ':' || lexeme
                                                   from unnest(tsvector_to_array(idea_search_document(title, body)))
                                                        as lexeme
                                                   where octet_length(municipality) + 1 + octet_length(lexeme) <= 2047))
$$;

-- A query that every idea of the municipality matching idea_search_query(words) also matches in scoped_lexemes, for
-- the index to find candidates by. querytree keeps the part of the query an index can answer: exclusions go (the
-- board's filter on search_document applies them), and a query made of exclusions alone leaves 'T', which becomes
-- the municipality's own lexeme, every idea of it. Phrases (<->, <N>) become & because scoped_lexemes has no positions
-- to tell neighbours apart; prefixes (:*) stay. Each lexeme in querytree's text is quoted, with quotes doubled and
-- backslashes escaped; the municipality goes inside those quotes, so whatever a lexeme holds is kept as it is.
create function idea_scoped_query(municipality text, words text) returns tsquery
    language sql immutable parallel safe
as $$
    select case when indexable.text in ('', 'T') then quote_literal(municipality)::tsquery
                else (select string_agg(case when token.part[1] like '''%'
                                                 then '''' || municipality || ':' || substr(token.part[1], 2)
                                             when token.part[1] like '<%' then '&'
                                             else token.part[1] end, '' order by token.place)
                      from regexp_matches(indexable.text, $re$'(?:[^']|'')*'|<(?:-|[0-9]+)>|[^'<]+$re$, 'g')
                           with ordinality as token(part, place))::tsquery
           end
    from (select querytree(idea_search_query(words)) as text) as indexable
$$;

-- Whether idea_scoped_query(municipality, words) matches exactly the municipality's ideas that idea_search_query(words)
-- matches: when querytree dropped nothing and the query holds lexemes (with or without :*), and, or and brackets only.
-- Then the board leaves out the check on search_document. With both checks PostgreSQL multiplies their selectivities
-- as if they were independent and guesses far fewer matches than there are: at a million ideas it read every match of
-- a word in one idea in forty from the full-text index (about 13,000 pages) instead of walking the newest ideas until
-- it had enough (11,200-12,600 pages, as without V14).
create function idea_scoped_query_is_exact(words text) returns boolean
    language sql immutable parallel safe
as $$
    select numnode(search.query) > 0 and querytree(search.query) = search.query::text
           and regexp_replace(search.query::text, $re$'(?:[^']|'')*'(:\*)?$re$, '', 'g') ~ '^[&|() ]*$'
    from (select idea_search_query(words) as query) as search
$$;

alter table idea_board
    add column scoped_lexemes tsvector generated always as (idea_scoped_lexemes(municipality, title, body)) stored;

drop index idea_board_public_search;

create index idea_board_public_search on idea_board using gin (scoped_lexemes) where published_at is not null;
