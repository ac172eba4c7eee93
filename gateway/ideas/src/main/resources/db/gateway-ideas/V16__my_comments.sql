-- A person's own comments, so that their author learns on their own page that a moderator hid one and why, and
-- when and why it was shown again: comment-hidden and comment-restored do not name the author, comment-added does.
-- Personal data, read only for the person it is about; a replay empties the table and fills it again.
-- hidden_reason and hidden_at are the last hiding's, kept after a restoring so that the author reads both;
-- restored_reason (null after a lifted block and from messages without one) and restored_at the restoring after it,
-- cleared when the comment is hidden again: a comment is hidden while hidden_at is set and restored_at is not.
create table my_comment (
    comment_id       uuid        primary key,
    idea_id          uuid        not null,
    author_id        text        not null,
    body             text        not null,
    written_at       timestamptz not null,
    hidden_reason    text,
    hidden_at        timestamptz,
    restored_reason  text,
    restored_at      timestamptz
);

create index my_comment_moderated_by_author on my_comment (author_id, hidden_at desc) where hidden_at is not null;
