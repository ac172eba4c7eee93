-- A timeline step says who took it, as a role and never as a person: the author, a moderator, the platform (an idea
-- published at once under post-moderation) or the municipality (assessing, answering, moving the response date,
-- realising). Steps recorded before this column are given the role their status always has; a publishing from before
-- is left without one, as it may have been a moderator's or the platform's. A replay of the messages fills it in.
alter table idea_board_step add column actor text;

update idea_board_step set actor = case
    when status in ('submitted', 'withdrawn') then 'author'
    when status = 'rejected' then 'moderator'
    when status in ('under-assessment', 'accepted', 'not-possible', 'already-exists', 'realised') then 'municipality'
    end;
