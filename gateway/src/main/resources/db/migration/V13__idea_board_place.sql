-- Where an idea would happen, as its author wrote it; null for none, and for ideas projected before this column.
alter table idea_board add column place text;
