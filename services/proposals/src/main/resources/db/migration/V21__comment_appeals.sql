-- The author's one appeal against the hiding of their comment (issue 16, item 3), decided by another moderator of
-- the municipality as an idea's appeal is: idea_appeal's columns, checks and primary key, keyed by the comment.
create table comment_appeal (like idea_appeal including all);
alter table comment_appeal rename column idea_id to comment_id;
alter table comment_appeal add foreign key (comment_id) references idea_comment (id);
