alter table municipality_settings add column report_threshold integer not null default 3 check (report_threshold > 0);

create table idea_comment (
    id            uuid        primary key,
    idea_id       uuid        not null references idea (id),
    municipality  char(4)     not null,
    parent_id     uuid        references idea_comment (id),
    author_id     text        not null,
    official      boolean     not null,
    body          text        not null,
    written_at    timestamptz not null,
    edited_at     timestamptz,
    hidden_reason text,
    hidden_by     text,
    hidden_at     timestamptz,
    open_reports  integer     not null default 0,
    version       bigint      not null,
    check ((hidden_at is null) = (hidden_by is null) and (hidden_at is null) = (hidden_reason is null))
);

create index idea_comment_by_idea on idea_comment (idea_id, written_at, id);

create table comment_report (
    comment_id  uuid        not null references idea_comment (id),
    reporter_id text        not null,
    reason      text        not null,
    reported_at timestamptz not null,
    primary key (comment_id, reporter_id)
);
