-- Appeals against the hiding of a comment (issue 16, item 3), from comment-appealed and comment-appeal-decided: an
-- appealed comment waits in the inbox's appeals of comments instead of its hidden comments, and a hiding that
-- stood on appeal is final, as an idea's is (staff_inbox_idea.hiding_final). The appeal's words are not here.
alter table staff_inbox_comment add column appealed_at timestamptz;
alter table staff_inbox_comment add column hiding_final boolean not null default false;

create index staff_inbox_comment_appealed on staff_inbox_comment (municipality) where appealed_at is not null;
