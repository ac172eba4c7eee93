-- People who have called the service with a token, as their last token described them. Keycloak is the source of
-- truth; this copy lets an admin invite someone by username or e-mail and lets members be listed by name.
create table person (
    subject         text        primary key,
    username        text        not null,
    display_name    text,
    email           text,
    municipality    text,
    first_seen_at   timestamptz not null,
    changed_at      timestamptz not null
);

create index person_by_username on person (lower(username));
create index person_by_email on person (lower(email));
