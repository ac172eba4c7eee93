-- How much an idea is discussed: visible comments, kept from comment-added, -hidden and -restored.
alter table idea_board add column comment_count integer not null default 0;

create index idea_board_public_most_discussed on idea_board (municipality, comment_count desc, id desc)
    where published_at is not null;
