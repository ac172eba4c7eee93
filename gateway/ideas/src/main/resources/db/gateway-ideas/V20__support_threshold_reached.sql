-- When an idea reached its municipality's support threshold (issue 16, item 1), from support-threshold-reached.
-- The first time counts; the board, the idea page and the staff inbox say so.
alter table idea_board add column threshold_reached_at timestamptz;
