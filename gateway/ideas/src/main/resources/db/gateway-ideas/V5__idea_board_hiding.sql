-- A hidden idea leaves the public board but keeps its place: published_at (which every public index and query
-- keys on) moves aside while it is hidden and comes back when it is restored.
alter table idea_board add column hidden_at timestamptz;
alter table idea_board add column published_before_hiding timestamptz;
