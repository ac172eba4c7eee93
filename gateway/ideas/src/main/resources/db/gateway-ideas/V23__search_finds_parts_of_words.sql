-- A search finds the parts of compound words and the plurals that drop an e (ADR 0050).
--
-- Norwegian joins words: residents search "kino" for "Sommerkino i Byparken" and "konsert" for "Julekonsert". And
-- nouns in -el lose the e when inflected, which the Snowball stemmer leaves apart: 'sykkel' stays 'sykkel', 'sykler',
-- 'syklene' and nynorsk 'syklar' become 'sykl'.
--
-- Each word is now indexed under three kinds of entry, all at the word's own positions:
--   * its forms, as before: the stem, the stem of the stem, and now also the stem without the e of a final -el
--     ('sykkel': 'sykl', 'regel': 'regl'), at the word's weight;
--   * every ending of those forms of three letters or more, the whole form included, marked with a leading '~'
--     ('sommerkino': '~sommerkino', '~ommerkino', ..., '~kino'), at weight D. A search word then finds every word
--     containing it, at the start ("kinosal") or inside ("sommerkino"), as one prefix search among the endings
--     ('~kino':*): one GIN range read, in the plain and the weekly index alike.
-- Endings are taken only from forms of at most 40 letters, and only searched lexemes of 3 to 40 letters are looked for
-- inside others ("kurs" is searched as 'kur'), so a word of two letters ("is") does not match half the board and a very
-- long one cannot grow a document without end.
--
-- The relevance rank puts every idea that has a searched word whole (in any of its forms) before those that have it
-- only as part of another: idea_search_rank gives the first 1 plus the cover density of their whole words, the others
-- the cover density of the parts, which normalisation 32 keeps below 1.

-- The document is a stored generated column, so a new definition needs the column made again; its two indexes go
-- with it and are made again below, as V3 and V14 defined them.
alter table idea_board drop column search_document;

-- The stem without the e of a final -el, with a doubled consonant before it made single ('sykkel': 'sykl'); the
-- lexeme itself when it has no such ending. Spelled out in idea_search_document, which must not call functions of
-- this schema (V14: PostgreSQL 17 builds indexes with search_path set to pg_catalog).
create function idea_search_contracted(lexeme text) returns text
    language sql immutable parallel safe
as $$
    select regexp_replace(lexeme, '([^aeiouyæøå])\1?el$', '\1l')
$$;

drop function idea_search_document(text, text);

create function idea_search_document(title text, body text) returns tsvector
    language sql immutable parallel safe
as $$
    with word as (select entry.lexeme,
                         (select string_agg(place.position || place.weight, ',')
                          from unnest(entry.positions, entry.weights) as place(position, weight)) as places,
                         (select string_agg(place.position || 'D', ',')
                          from unnest(entry.positions) as place(position)) as part_places
                  from unnest(setweight(to_tsvector('norwegian', coalesce(title, '')), 'A')
                              || setweight(to_tsvector('norwegian', coalesce(body, '')), 'B')) as entry),
         form as (select word.places, word.part_places, form.lexeme
                  from word
                  cross join lateral (select word.lexeme
                                      union
                                      select unnest(tsvector_to_array(to_tsvector('norwegian', word.lexeme)))
                                      union
                                      select regexp_replace(word.lexeme, '([^aeiouyæøå])\1?el$', '\1l'))
                                 as form(lexeme)),
         entry as (select form.lexeme, form.places
                   from form
                   union all
                   select '~' || substr(form.lexeme, start), form.part_places
                   from form
                   cross join lateral generate_series(1, char_length(form.lexeme) - 2) as start
                   where char_length(form.lexeme) <= 40)
    select coalesce(string_agg('''' || replace(replace(entry.lexeme, '\', '\\'), '''', '''''') || ''':'
                                   || entry.places, ' ')::tsvector,
                    ''::tsvector)
    from entry
$$;

alter table idea_board
    add column search_document tsvector generated always as (idea_search_document(title, body)) stored;

create index idea_board_public_search on idea_board using gin (municipality, search_document)
    where published_at is not null;

create index idea_board_public_weekly_search on idea_board
    using gin (idea_weekly_search_document(municipality, submitted_at, search_document)) with (fastupdate = off)
    where published_at is not null;

-- A searched lexeme as its whole forms: itself, its own stem (V17) and its contraction, as an "or".
create function idea_search_whole_forms(lexeme text) returns text
    language sql immutable parallel safe
as $$
    select '(' || string_agg(idea_search_quoted(form), ' | ' order by form) || ')'
    from (select lexeme
          union
          select stem from unnest(tsvector_to_array(to_tsvector('norwegian', lexeme))) as stem
          union
          select idea_search_contracted(lexeme)) as found(form)
$$;

-- A searched lexeme as its whole forms or as part of another word, at the start of an ending ('~kino':*), and its
-- contraction as a whole ending ('~sykl': "elsykler"). Only for lexemes of 3 to 40
-- letters. The prefix is the lexeme, or its own stem when that keeps five letters or more ('konsert', searched as
-- "konserter", also as 'konser', which "julekonsert" is stemmed to); a shorter stem would find unrelated words
-- ('kons':* finds "konsum").
create function idea_search_forms_and_parts(lexeme text) returns text
    language sql immutable parallel safe
as $$
    with searched as (select lexeme as form
                      union
                      select stem from unnest(tsvector_to_array(to_tsvector('norwegian', lexeme))) as stem
                      where char_length(stem) >= 5),
         shortest as (select searched.form as prefix from searched
                      where not exists (select 1 from searched as other
                                        where other.form <> searched.form and starts_with(searched.form, other.form)))
    select case when char_length(lexeme) not between 3 and 40 then idea_search_whole_forms(lexeme)
                else '(' || idea_search_whole_forms(lexeme)
                         || coalesce((select string_agg(' | ' || idea_search_quoted('~' || prefix) || ':*', ''
                                                            order by prefix)
                                      from shortest), '')
                         || case when idea_search_contracted(lexeme) <> lexeme
                                 then ' | ' || idea_search_quoted('~' || idea_search_contracted(lexeme)) else '' end
                         || ')' end
$$;

-- The words as a search, each searched lexeme replaced by what the given function makes of it; everything else
-- (operators, phrase distances) reads as websearch_to_tsquery wrote it. A word the parser would split again (a path, an
-- address, a hyphenated word) is indexed whole and so searched whole, as in V17.
create function idea_search_with(words text, expand text) returns tsquery
    language sql immutable parallel safe
as $$
    select coalesce(string_agg(case when token.part[1] not like '''%' then token.part[1]
                                    when expand = 'parts' then idea_search_forms_and_parts(lexeme.text)
                                    else idea_search_whole_forms(lexeme.text) end,
                               '' order by token.place), '')::tsquery
    from regexp_matches(websearch_to_tsquery('norwegian', words)::text, $re$'(?:[^'\\]|''|\\.)*'|[^']+$re$, 'g')
         with ordinality as token(part, place)
    cross join lateral (select regexp_replace(substr(token.part[1], 2, length(token.part[1]) - 2),
                                              $re$\\(.)|'(')$re$, '\1\2', 'g') as text) as lexeme
$$;

create or replace function idea_search_query(words text) returns tsquery
    language sql immutable parallel safe
as $$
    select idea_search_with(words, 'parts')
$$;

create function idea_search_whole_word_query(words text) returns tsquery
    language sql immutable parallel safe
as $$
    select idea_search_with(words, 'whole')
$$;

-- Ideas with a searched word whole rank in [1, 2) by the density of their whole words, those with it only inside
-- another word in [0, 1) by the density of the parts.
create function idea_search_rank(document tsvector, words text) returns real
    language sql immutable parallel safe
as $$
    select case when document @@ idea_search_whole_word_query(words)
                then 1 + ts_rank_cd(document, idea_search_whole_word_query(words), 32)
                else ts_rank_cd(document, idea_search_query(words), 32) end
$$;
