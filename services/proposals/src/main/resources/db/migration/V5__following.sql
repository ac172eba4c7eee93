-- following = false remembers an explicit unfollow, so that supporting again does not follow again.
create table idea_follow (
    idea_id    uuid        not null references idea (id),
    person_id  text        not null,
    following  boolean     not null,
    changed_at timestamptz not null,
    primary key (idea_id, person_id)
);

create index idea_follow_followers on idea_follow (idea_id) where following;

create table notification (
    id         bigint generated always as identity primary key,
    person_id  text        not null,
    idea_id    uuid        not null references idea (id),
    idea_title text        not null,
    kind       text        not null,
    note       text        not null,
    created_at timestamptz not null,
    read_at    timestamptz
);

create index notification_feed on notification (person_id, id desc);
create index notification_unread on notification (person_id) where read_at is null;
