create table idea_board (
    id              uuid        primary key,
    municipality    char(4)     not null,
    title           text        not null,
    body            text        not null,
    service_area    text        not null,
    status          text        not null,
    submitted_at    timestamptz not null,
    updated_at      timestamptz not null
);

create index idea_board_newest_first on idea_board (municipality, submitted_at desc, id desc);
