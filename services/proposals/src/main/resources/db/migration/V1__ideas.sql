create table idea (
    id            uuid        primary key,
    municipality  char(4)     not null,
    author_id     text        not null,
    title         text        not null,
    body          text        not null,
    service_area  text        not null,
    status        text        not null,
    submitted_at  timestamptz not null,
    version       bigint      not null
);

create index idea_by_municipality on idea (municipality, submitted_at desc);
