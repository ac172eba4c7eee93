-- The gateway keeps a visitor's idea page while nothing on it has changed (ADR 0067). Each idea's version here is the
-- id of the last transaction that changed anything its page shows: this module's own tables move it by the triggers
-- below, so no projection, cleanup or hand edit can forget to; the panels other modules add move it through the
-- shell's PageChanges, in the transaction that changes them. The row of the nil id is every page's: a change to all
-- of them (a table emptied) moves it, and a page is read at the greater of the two. A transaction id is never given
-- twice, so a kept page never matches a later version by chance.
create table idea_page_version (
    idea    uuid   primary key,
    version bigint not null
);

insert into idea_page_version (idea, version)
values ('00000000-0000-0000-0000-000000000000', pg_current_xact_id()::text::bigint);
insert into idea_page_version (idea, version) select id, pg_current_xact_id()::text::bigint from idea_board;

-- The trigger's argument names the changed table's column holding the idea's id; without one, every page changed.
create function bump_idea_page_versions() returns trigger
    language plpgsql
as $$
begin
    if TG_NARGS = 0 then
        insert into idea_page_version (idea, version)
        values ('00000000-0000-0000-0000-000000000000', pg_current_xact_id()::text::bigint)
        on conflict (idea) do update set version = excluded.version;
    else
        execute format('insert into idea_page_version (idea, version)'
            || ' select distinct %I, pg_current_xact_id()::text::bigint from changed'
            || ' on conflict (idea) do update set version = excluded.version', TG_ARGV[0]);
    end if;
    return null;
end
$$;

-- What the idea page shows of this module: the idea, its timeline, its innbyggerforslag and its discussion. A trigger
-- with a transition table serves one kind of change only, hence one for each.
do $$
declare
    shown record;
begin
    for shown in select * from (values ('idea_board', 'id'), ('idea_board_step', 'idea_id'),
                                       ('idea_petition', 'idea_id'), ('discussion_comment', 'idea_id')) as t (tab, col)
    loop
        execute format('create trigger %I after insert on %I referencing new table as changed'
            || ' for each statement execute function bump_idea_page_versions(%L)', shown.tab || '_page_inserted',
            shown.tab, shown.col);
        execute format('create trigger %I after update on %I referencing new table as changed'
            || ' for each statement execute function bump_idea_page_versions(%L)', shown.tab || '_page_updated',
            shown.tab, shown.col);
        execute format('create trigger %I after delete on %I referencing old table as changed'
            || ' for each statement execute function bump_idea_page_versions(%L)', shown.tab || '_page_deleted',
            shown.tab, shown.col);
        execute format('create trigger %I after truncate on %I for each statement'
            || ' execute function bump_idea_page_versions()', shown.tab || '_page_truncated', shown.tab);
    end loop;
end
$$;
