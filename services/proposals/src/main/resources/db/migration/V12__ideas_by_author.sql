-- Finds an author's latest ideas, so a title submitted twice within minutes is recognised as a repeat.
create index idea_by_author on idea (author_id, submitted_at desc);
