-- Similar-idea hints are drawn from a municipality's newest public ideas only (ADR 0018). A trigram index over all
-- of a municipality's titles had to visit a growing part of itself to find the five nearest (0.1–0.6 s at a million
-- ideas, whether titles repeat or not; docs/performance.md); over a window of fixed size it costs the same however
-- many ideas the municipality has. SimilarIdeaCandidates keeps the window as ideas are published, edited, hidden
-- and restored; its size is samskap.similar-ideas.candidates (5,000 unless configured, the number used below).
create table idea_hint_candidate (
    id           uuid        primary key references idea_board (id) on delete cascade,
    municipality char(4)     not null,
    submitted_at timestamptz not null,
    title        text        not null
);

create index idea_hint_candidate_newest_first on idea_hint_candidate (municipality, submitted_at desc, id desc);

create index idea_hint_candidate_title_trigrams on idea_hint_candidate
    using gist (municipality, title public.gist_trgm_ops(siglen = 256));

insert into idea_hint_candidate (id, municipality, submitted_at, title)
select id, municipality, submitted_at, title
from (select id, municipality, submitted_at, title,
             row_number() over (partition by municipality order by submitted_at desc, id desc) as newness
      from idea_board
      where published_at is not null) as public_idea
where newness <= 5000;

drop index idea_board_public_title_trigrams;
