-- The weekly walk (ADR 0019) asks each week with the same search scoped to that week. idea_weekly_search_query took
-- the search apart by regular expression for every week: 0.1 ms of the 0.5 ms a week cost at a million ideas, where a
-- search for two rarer words walks 24 to 36 weeks. The walk now takes the search apart once, into a template with a
-- blank where the week goes, and puts each week in by plain replacement (5 µs). The default parser never makes a
-- lexeme with a space in it, so "'<municipality>/ /" marks only the places of the week.

-- The search scoped to the municipality, with ' ' for the week: the text idea_weekly_search_query makes, before the
-- week is known. Spelled out as idea_weekly_search_query spells it (idea_scoped_lexeme takes the week as a number).
create function idea_weekly_search_template(query tsquery, municipality text) returns text
    language sql immutable parallel safe
as $$
    select string_agg(case when token.part[1] like '''%'
                           then '''' || replace(replace(municipality || '/ /'
                                                            || case when octet_length(lexeme.text) > 1900
                                                                    then 'md5:' || md5(lexeme.text)
                                                                    else lexeme.text end,
                                                        '\', '\\'), '''', '''''') || ''''
                           else token.part[1] end,
                      '' order by token.place)
    from regexp_matches(query::text, $re$'(?:[^'\\]|''|\\.)*'|[^']+$re$, 'g') with ordinality as token(part, place)
    cross join lateral (select regexp_replace(substr(token.part[1], 2, length(token.part[1]) - 2),
                                              $re$\\(.)|'(')$re$, '\1\2', 'g') as text) as lexeme
$$;

-- One week's search from the template. Parallel unsafe for the reason idea_weekly_search_query is (V14).
create function idea_weekly_search_of(template text, municipality text, week integer) returns tsquery
    language sql immutable parallel unsafe
as $$
    select replace(template, '''' || municipality || '/ /', '''' || municipality || '/' || week || '/')::tsquery
$$;
