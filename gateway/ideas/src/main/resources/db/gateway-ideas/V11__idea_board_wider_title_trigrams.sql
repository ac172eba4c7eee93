-- Similar-idea hints at a million ideas (docs/performance.md): with the default 12-byte trigram signature the GiST
-- index's upper pages hold signatures so full of bits that finding the five nearest titles visited most of the index
-- (0.6–0.8 s). A 256-byte signature keeps titles apart and the same query reads a small part of it (8–70 ms).
drop index idea_board_public_title_trigrams;

create index idea_board_public_title_trigrams on idea_board
    using gist (municipality, title public.gist_trgm_ops(siglen = 256))
    where published_at is not null;
