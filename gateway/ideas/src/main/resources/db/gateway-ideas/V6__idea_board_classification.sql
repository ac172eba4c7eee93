-- The classifications residents filter by: target groups, strategic values and cost model.
alter table idea_board add column target_groups text[] not null default '{alle}';
alter table idea_board add column strategic_values text[] not null default '{}';
alter table idea_board add column cost_model text not null default 'for-alle';
