-- Feedback as its messages describe it, for the units' and events' public pages, the staff inbox, the dashboard and
-- open data. No author is ever here: no message names one. A withdrawn piece is deleted with its text and answer.
-- The text of anonymous feedback is kept for the public page; open data never carries texts.
create table feedback_board (
    id               uuid        primary key,
    municipality     varchar(4)  not null,
    event_id         uuid,
    unit             text,
    rating           smallint    not null check (rating between 1 and 5),
    text             text,
    wish_next        text,
    anonymous        boolean     not null,
    respond_by       date        not null,
    given_at         timestamptz not null,
    edited_at        timestamptz,
    status           text        not null check (status in ('visible', 'hidden')),
    hidden_reason    text,
    answered_at      timestamptz,
    answer_public    boolean,
    answer_text      text,
    answered_on_time boolean,
    idea_id          uuid,
    idea_title       text,
    check ((event_id is null) <> (unit is null))
);

create index feedback_board_by_unit on feedback_board (municipality, unit, given_at desc);
create index feedback_board_by_event on feedback_board (event_id, given_at desc);
create index feedback_board_awaiting on feedback_board (municipality, respond_by) where answered_at is null;

-- The service units each municipality names in municipality-described, in the three languages.
create table feedback_unit (
    municipality varchar(4) not null,
    code         text       not null,
    name_nb      text       not null,
    name_nn      text       not null,
    name_en      text       not null,
    position     integer    not null,
    primary key (municipality, code)
);

-- Published events, to name the event feedback is about and to find the events that realise an idea made of
-- feedback ("you said, we did").
create table feedback_event (
    id           uuid        primary key,
    municipality varchar(4)  not null,
    title        text        not null,
    hosting_unit text        not null,
    idea_ids     uuid[]      not null default '{}',
    starts_at    timestamptz not null
);

create index feedback_event_by_idea on feedback_event using gin (idea_ids);
