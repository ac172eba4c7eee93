alter table idea add column published_at timestamptz;
alter table idea add column respond_by date;
alter table idea add column answer text;
alter table idea add column support_count integer not null default 0;

create table idea_timeline (
    idea_id     uuid        not null references idea (id),
    position    integer     not null,
    status      text        not null,
    actor_id    text        not null,
    note        text        not null,
    occurred_at timestamptz not null,
    primary key (idea_id, position)
);

create table idea_support (
    idea_id      uuid        not null references idea (id),
    supporter_id text        not null,
    supported_at timestamptz not null,
    primary key (idea_id, supporter_id)
);

create table municipality_settings (
    municipality      char(4) primary key,
    moderation        text    not null check (moderation in ('PRE', 'POST')),
    support_threshold integer check (support_threshold > 0)
);

create index idea_under_assessment_by_date on idea (municipality, respond_by) where status = 'UNDER_ASSESSMENT';
