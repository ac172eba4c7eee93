-- The reasons people gave when they reported an idea or a comment (issue 16, item 3), from report-received: who
-- reported is not in the message. Staff only; a moderator's restoring reviews them and removes them.
create table staff_inbox_report (
    message_id   uuid        primary key,
    municipality char(4)     not null,
    idea_id      uuid        not null,
    comment_id   uuid,
    reason       text        not null,
    reported_at  timestamptz not null
);

create index staff_inbox_report_by_item on staff_inbox_report (idea_id, comment_id);
