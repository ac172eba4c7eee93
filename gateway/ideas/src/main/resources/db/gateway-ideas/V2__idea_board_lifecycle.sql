alter table idea_board add column published_at timestamptz;
alter table idea_board add column respond_by date;
alter table idea_board add column answer text;
alter table idea_board add column support_count integer not null default 0;

drop index idea_board_newest_first;
create index idea_board_public_newest_first on idea_board (municipality, submitted_at desc, id desc)
    where published_at is not null;

create table idea_board_step (
    arrival     bigserial   primary key,
    message_id  uuid        not null unique,
    idea_id     uuid        not null references idea_board (id),
    status      text        not null,
    note        text        not null,
    occurred_at timestamptz not null
);

create index idea_board_step_by_idea on idea_board_step (idea_id, arrival);
