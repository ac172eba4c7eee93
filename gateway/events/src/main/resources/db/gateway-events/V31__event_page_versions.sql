-- The gateway keeps a visitor's event page while nothing on it has changed (ADR 0067). Each event's version here is
-- the id of the last transaction that changed anything its page shows: this module's own tables move it by the
-- triggers below; the panels other modules add move it through the shell's PageChanges, in the transaction that
-- changes them. The row of the nil id is every page's: a change to all of them (a co-host renamed, a table emptied)
-- moves it, and a page is read at the greater of the two. A transaction id is never given twice.
create table event_page_version (
    event   uuid   primary key,
    version bigint not null
);

insert into event_page_version (event, version)
values ('00000000-0000-0000-0000-000000000000', pg_current_xact_id()::text::bigint);
insert into event_page_version (event, version) select id, pg_current_xact_id()::text::bigint from event_calendar;

-- The trigger's argument names the changed table's column holding the event's id; without one, every page changed.
create function bump_event_page_versions() returns trigger
    language plpgsql
as $$
begin
    if TG_NARGS = 0 then
        insert into event_page_version (event, version)
        values ('00000000-0000-0000-0000-000000000000', pg_current_xact_id()::text::bigint)
        on conflict (event) do update set version = excluded.version;
    else
        execute format('insert into event_page_version (event, version)'
            || ' select distinct %I, pg_current_xact_id()::text::bigint from changed'
            || ' on conflict (event) do update set version = excluded.version', TG_ARGV[0]);
    end if;
    return null;
end
$$;

-- What the event page shows of this module: the event, its seats and its shifts. A trigger
-- with a transition table serves one kind of change only, hence one for each.
do $$
declare
    shown record;
begin
    for shown in select * from (values ('event_calendar', 'id'), ('event_seats', 'event_id'),
                                       ('event_shift', 'event_id')) as t (tab, col)
    loop
        execute format('create trigger %I after insert on %I referencing new table as changed'
            || ' for each statement execute function bump_event_page_versions(%L)', shown.tab || '_page_inserted',
            shown.tab, shown.col);
        execute format('create trigger %I after update on %I referencing new table as changed'
            || ' for each statement execute function bump_event_page_versions(%L)', shown.tab || '_page_updated',
            shown.tab, shown.col);
        execute format('create trigger %I after delete on %I referencing old table as changed'
            || ' for each statement execute function bump_event_page_versions(%L)', shown.tab || '_page_deleted',
            shown.tab, shown.col);
        execute format('create trigger %I after truncate on %I for each statement'
            || ' execute function bump_event_page_versions()', shown.tab || '_page_truncated', shown.tab);
    end loop;
end
$$;

-- Its co-hosts' names, on every page that names them.
create trigger event_association_page_changed after insert or update or delete or truncate on event_association
    for each statement execute function bump_event_page_versions();
