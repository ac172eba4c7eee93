-- The gateway keeps the board's recent pages in memory and serves one again only while its municipality's board is
-- unchanged. Every change to idea_board, by any projection or a cleanup, sets the municipality's version here to the
-- changing transaction's id, in that transaction, so no path that writes the board can forget to. A transaction id is
-- never given twice, even after this table is emptied or the board restored from a dump, so a page kept from before
-- never matches a later version by chance, as a counter starting again could.
create table idea_board_version (
    municipality text primary key,
    version bigint not null
);

create function bump_idea_board_versions() returns trigger
    language plpgsql
as $$
begin
    insert into idea_board_version (municipality, version)
    select distinct municipality, pg_current_xact_id()::text::bigint from changed
    on conflict (municipality) do update set version = excluded.version;
    return null;
end
$$;

-- PostgreSQL allows a transition table only on a trigger for one kind of change, hence three.
create trigger idea_board_inserted after insert on idea_board
    referencing new table as changed for each statement execute function bump_idea_board_versions();
create trigger idea_board_updated after update on idea_board
    referencing new table as changed for each statement execute function bump_idea_board_versions();
create trigger idea_board_deleted after delete on idea_board
    referencing old table as changed for each statement execute function bump_idea_board_versions();

create function bump_every_idea_board_version() returns trigger
    language plpgsql
as $$
begin
    update idea_board_version set version = pg_current_xact_id()::text::bigint;
    return null;
end
$$;

create trigger idea_board_truncated after truncate on idea_board
    for each statement execute function bump_every_idea_board_version();
