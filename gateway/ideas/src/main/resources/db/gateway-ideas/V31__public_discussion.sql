-- Each idea's discussion as a visitor sees it (ADR 0064), so that the idea page shows it from the gateway's own
-- tables instead of asking the proposals service on every view. Kept from comment-added, -edited, -hidden and
-- -restored; a hidden comment keeps its place in its thread and shows neither words nor author. author_id, a Keycloak
-- subject, is never shown: it is kept so that an erasure can give the comments a former participant as author, as the
-- proposals service does (one pseudonym per comment). A replay empties the table and fills it again.
create table discussion_comment (
    comment_id  uuid        primary key,
    idea_id     uuid        not null,
    parent_id   uuid,
    author_id   text        not null,
    official    boolean     not null,
    body        text        not null,
    written_at  timestamptz not null,
    edited_at   timestamptz,
    hidden      boolean     not null default false
);

-- The page reads one idea's comments oldest first, as the service orders them.
create index discussion_comment_of_an_idea on discussion_comment (idea_id, written_at, comment_id);
create index discussion_comment_by_author on discussion_comment (author_id);
