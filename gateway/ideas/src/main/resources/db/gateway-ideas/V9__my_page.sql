-- A person's own page: personal data, read only for the person it is about and never on a public route or in open
-- data. Fed from the proposals service's messages; a replay empties these tables and fills them again.

-- Every idea with its author, so a person finds their own ideas, and their supports and follows find titles. The
-- reason of a rejection or hiding is the author's to read; the appeal is 'none', 'pending' or 'decided'.
create table my_idea (
    idea_id        uuid        primary key,
    municipality   char(4)     not null,
    author_id      text        not null,
    title          text        not null,
    status         text        not null,
    published      boolean     not null default false,
    hidden         boolean     not null default false,
    reason         text,
    appeal         text        not null default 'none',
    submitted_at   timestamptz not null,
    updated_at     timestamptz not null
);

create index my_idea_by_author on my_idea (author_id, submitted_at desc);

create table my_support (
    person_id  text        not null,
    idea_id    uuid        not null,
    given_at   timestamptz not null,
    primary key (person_id, idea_id)
);

create table my_follow (
    person_id    text        not null,
    idea_id      uuid        not null,
    followed_at  timestamptz not null,
    primary key (person_id, idea_id)
);

-- notification_id is the proposals service's id of the entry; it grows with every entry, so newest first is
-- notification_id desc.
create table my_notification (
    person_id        text        not null,
    notification_id  bigint      not null,
    idea_id          uuid        not null,
    idea_title       text        not null,
    kind             text        not null,
    note             text        not null,
    added_at         timestamptz not null,
    read_at          timestamptz,
    primary key (person_id, notification_id)
);
