-- A search's words stand for both their forms in one place, so an exclusion excludes both.
--
-- V3 indexes each word under its stem and under the stem of that stem ('konserter': 'konsert' and 'konser'), and
-- idea_search_query looked for either by joining two whole searches with "or": the words as stemmed, or the same
-- search stemmed once more. An exclusion then held in one of the two only: '-konsert' became "not 'konser'" or
-- "not 'kons'", and an idea about 'konserter' (which carries 'konser' but not 'kons') passed the second. Now each
-- word of the one search becomes ('form' | 'its stem'), so "not" applies to both, a phrase takes either form at each
-- place, and everything else reads as before. A word that the parser would split again (a path, an address, a
-- hyphenated word) keeps its single form, as it is indexed whole.

-- A lexeme as tsquery text reads it: in quotes, with quotes doubled and backslashes escaped.
create function idea_search_quoted(lexeme text) returns text
    language sql immutable parallel safe
as $$
    select '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
$$;

-- A searched lexeme with its own stem as the alternative, when stemming it again gives one other lexeme.
create function idea_search_forms(lexeme text) returns text
    language sql immutable parallel safe
as $$
    select case when count(*) = 1 and min(stem) <> lexeme
                then '(' || idea_search_quoted(lexeme) || ' | ' || idea_search_quoted(min(stem)) || ')'
                else idea_search_quoted(lexeme) end
    from unnest(tsvector_to_array(to_tsvector('norwegian', lexeme))) as stem
$$;

create or replace function idea_search_query(words text) returns tsquery
    language sql immutable parallel safe
as $$
    select coalesce(string_agg(case when token.part[1] like '''%'
                                    then idea_search_forms(regexp_replace(substr(token.part[1], 2,
                                                                                 length(token.part[1]) - 2),
                                                                          $re$\\(.)|'(')$re$, '\1\2', 'g'))
                                    else token.part[1] end,
                               '' order by token.place), '')::tsquery
    from regexp_matches(websearch_to_tsquery('norwegian', words)::text, $re$'(?:[^'\\]|''|\\.)*'|[^']+$re$, 'g')
         with ordinality as token(part, place)
$$;
