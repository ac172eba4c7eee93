-- Who may not write in which municipality (person-blocked, person-unblocked); never a reason.
create table person_block_copy (
    municipality text        not null,
    person_id    text        not null,
    blocked_at   timestamptz not null,
    primary key (municipality, person_id)
);
