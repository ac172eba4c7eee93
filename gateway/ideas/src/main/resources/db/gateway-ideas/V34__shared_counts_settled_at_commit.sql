-- Rows every idea of a municipality shares (the inbox's tally, the dashboard's counts by day and month, the board's
-- version) are written at commit, in one fixed order, instead of at each change (ADR 0072). Written at each change,
-- the first change of a transaction locked them until its commit, so transactions applying different ideas side by
-- side (ADR 0068) queued behind each other and deadlocked when they reached two municipalities in opposite orders.
-- Now a change only notes what it would add, in a table of this transaction's notes; a deferred trigger adds up the
-- notes when the transaction commits and writes the shared rows in key order, table by table, holding their locks
-- only for the commit. Unlogged: a note lives only inside its own transaction.
create unlogged table staff_inbox_tally_note (
    xact         bigint  not null,
    municipality text    not null,
    status       text    not null,
    visible      boolean not null,
    respond_by   date    not null,
    ideas        integer not null
);
create index staff_inbox_tally_note_by_xact on staff_inbox_tally_note (xact);

create unlogged table dashboard_idea_count_note (
    xact         bigint  not null,
    municipality char(4) not null,
    day          date    not null,
    facet        text    not null,
    code         text    not null,
    ideas        integer not null
);
create index dashboard_idea_count_note_by_xact on dashboard_idea_count_note (xact);

create unlogged table idea_board_version_note (
    xact         bigint not null,
    municipality text   not null
);
create index idea_board_version_note_by_xact on idea_board_version_note (xact);

create function this_xact() returns bigint language sql volatile as $$
    select pg_current_xact_id()::text::bigint
$$;

-- A transaction's notes are settled once, by the first of its deferred triggers to fire; a note taken after that
-- (only possible after SET CONSTRAINTS ... IMMEDIATE) clears the mark so the commit settles again.
create function shared_counts_noted() returns void language sql as $$
    select set_config('samskap.shared_counts_settled', '', true)
$$;

create function settle_shared_counts() returns trigger language plpgsql as $$
declare
    settling bigint := this_xact();
begin
    if current_setting('samskap.shared_counts_settled', true) = settling::text then
        return null;
    end if;
    perform set_config('samskap.shared_counts_settled', settling::text, true);

    with noted as (delete from staff_inbox_tally_note n where n.xact = settling returning n.*)
    insert into staff_inbox_tally (municipality, status, visible, respond_by, ideas)
    select municipality, status, visible, respond_by, sum(ideas) from noted
    group by 1, 2, 3, 4 having sum(ideas) <> 0 order by 1, 2, 3, 4
    on conflict (municipality, status, visible, respond_by)
        do update set ideas = staff_inbox_tally.ideas + excluded.ideas;

    insert into dashboard_idea_count (municipality, day, facet, code, ideas)
    select municipality, day, facet, code, sum(ideas) from dashboard_idea_count_note n where n.xact = settling
    group by 1, 2, 3, 4 having sum(ideas) <> 0 order by 1, 2, 3, 4
    on conflict (municipality, day, facet, code) do update set ideas = dashboard_idea_count.ideas + excluded.ideas;

    with noted as (delete from dashboard_idea_count_note n where n.xact = settling returning n.*)
    insert into dashboard_idea_count_by_month (municipality, month, facet, code, ideas)
    select municipality, date_trunc('month', day)::date, facet, code, sum(ideas) from noted
    group by 1, 2, 3, 4 having sum(ideas) <> 0 order by 1, 2, 3, 4
    on conflict (municipality, month, facet, code)
        do update set ideas = dashboard_idea_count_by_month.ideas + excluded.ideas;

    with noted as (delete from idea_board_version_note n where n.xact = settling returning n.municipality)
    insert into idea_board_version (municipality, version)
    select distinct municipality, settling from noted order by 1
    on conflict (municipality) do update set version = excluded.version;
    return null;
end
$$;

create constraint trigger staff_inbox_tally_settled after insert on staff_inbox_tally_note
    deferrable initially deferred for each row execute function settle_shared_counts();
create constraint trigger dashboard_idea_count_settled after insert on dashboard_idea_count_note
    deferrable initially deferred for each row execute function settle_shared_counts();
create constraint trigger idea_board_version_settled after insert on idea_board_version_note
    deferrable initially deferred for each row execute function settle_shared_counts();

-- The inbox's tally (V27), now noted.
create or replace function staff_inbox_tally_inserted() returns trigger language plpgsql as $$
begin
    perform shared_counts_noted();
    insert into staff_inbox_tally_note (xact, municipality, status, visible, respond_by, ideas)
    select this_xact(), municipality, status, hidden_at is null, staff_inbox_due(status, respond_by), count(*)
    from inserted_ideas group by 2, 3, 4, 5;
    return null;
end
$$;

create or replace function staff_inbox_tally_deleted() returns trigger language plpgsql as $$
begin
    perform shared_counts_noted();
    insert into staff_inbox_tally_note (xact, municipality, status, visible, respond_by, ideas)
    select this_xact(), municipality, status, hidden_at is null, staff_inbox_due(status, respond_by), -count(*)
    from deleted_ideas group by 2, 3, 4, 5;
    return null;
end
$$;

create or replace function staff_inbox_tally_changed() returns trigger language plpgsql as $$
begin
    perform shared_counts_noted();
    insert into staff_inbox_tally_note (xact, municipality, status, visible, respond_by, ideas)
    values (this_xact(), new.municipality, new.status, new.hidden_at is null,
            staff_inbox_due(new.status, new.respond_by), 1),
           (this_xact(), old.municipality, old.status, old.hidden_at is null,
            staff_inbox_due(old.status, old.respond_by), -1);
    return null;
end
$$;

-- The dashboard's counts (V28), now noted; the month's counts are settled from the same notes.
drop trigger dashboard_counts_month on dashboard_idea_count;
drop function dashboard_count_month();

create or replace function dashboard_count_inserted_ideas() returns trigger language plpgsql as $$
begin
    perform shared_counts_noted();
    insert into dashboard_idea_count_note (xact, municipality, day, facet, code, ideas)
    select this_xact(), i.municipality, dashboard_day(i.submitted_at), c.facet, c.code, count(*)
    from inserted_ideas i
    cross join lateral dashboard_idea_codes(i.status, i.service_area, i.strategic_values, i.target_groups) c
    group by 2, 3, 4, 5;
    return null;
end
$$;

create or replace function dashboard_count_deleted_ideas() returns trigger language plpgsql as $$
begin
    perform shared_counts_noted();
    insert into dashboard_idea_count_note (xact, municipality, day, facet, code, ideas)
    select this_xact(), d.municipality, dashboard_day(d.submitted_at), c.facet, c.code, -count(*)
    from deleted_ideas d
    cross join lateral dashboard_idea_codes(d.status, d.service_area, d.strategic_values, d.target_groups) c
    group by 2, 3, 4, 5;
    return null;
end
$$;

create or replace function dashboard_count_changed_idea() returns trigger language plpgsql as $$
begin
    perform shared_counts_noted();
    insert into dashboard_idea_count_note (xact, municipality, day, facet, code, ideas)
    select this_xact(), new.municipality, dashboard_day(new.submitted_at), c.facet, c.code, 1
    from dashboard_idea_codes(new.status, new.service_area, new.strategic_values, new.target_groups) c
    union all
    select this_xact(), old.municipality, dashboard_day(old.submitted_at), c.facet, c.code, -1
    from dashboard_idea_codes(old.status, old.service_area, old.strategic_values, old.target_groups) c;
    return null;
end
$$;

-- The board's version (V30), now noted.
create or replace function bump_idea_board_versions() returns trigger language plpgsql as $$
begin
    perform shared_counts_noted();
    insert into idea_board_version_note (xact, municipality) select distinct this_xact(), municipality from changed;
    return null;
end
$$;

-- Emptying a counted table forgets its counts and the notes this transaction took of them.
create or replace function counts_forgotten() returns trigger language plpgsql as $$
begin
    execute format('delete from %I', tg_argv[0]);
    if to_regclass(tg_argv[0] || '_note') is not null then
        execute format('delete from %I where xact = $1', tg_argv[0] || '_note') using this_xact();
    end if;
    return null;
end
$$;

-- Emptying the board forgets the month's counts too, which are settled beside the day's now.
create function dashboard_forgets_counts() returns trigger language plpgsql as $$
begin
    delete from dashboard_idea_count;
    delete from dashboard_idea_count_by_month;
    delete from dashboard_idea_count_note where xact = this_xact();
    return null;
end
$$;
drop trigger dashboard_forgets_idea_counts on idea_board;
create trigger dashboard_forgets_idea_counts after truncate on idea_board
    for each statement execute function dashboard_forgets_counts();

-- The idea pages' versions (V33) are each idea's own, so they stay written at each change; a function per column
-- instead of a statement built for each call (about 30 µs an update instead of 50).
create function bump_idea_page_versions_by_id() returns trigger language plpgsql as $$
begin
    insert into idea_page_version (idea, version) select distinct id, this_xact() from changed
    on conflict (idea) do update set version = excluded.version;
    return null;
end
$$;

create function bump_idea_page_versions_by_idea_id() returns trigger language plpgsql as $$
begin
    insert into idea_page_version (idea, version) select distinct idea_id, this_xact() from changed
    on conflict (idea) do update set version = excluded.version;
    return null;
end
$$;

do $$
declare
    shown record;
begin
    for shown in select * from (values ('idea_board', 'bump_idea_page_versions_by_id'),
                                       ('idea_board_step', 'bump_idea_page_versions_by_idea_id'),
                                       ('idea_petition', 'bump_idea_page_versions_by_idea_id'),
                                       ('discussion_comment', 'bump_idea_page_versions_by_idea_id')) as t (tab, fn)
    loop
        execute format('drop trigger %I on %I', shown.tab || '_page_inserted', shown.tab);
        execute format('drop trigger %I on %I', shown.tab || '_page_updated', shown.tab);
        execute format('drop trigger %I on %I', shown.tab || '_page_deleted', shown.tab);
        execute format('create trigger %I after insert on %I referencing new table as changed'
            || ' for each statement execute function %I()', shown.tab || '_page_inserted', shown.tab, shown.fn);
        execute format('create trigger %I after update on %I referencing new table as changed'
            || ' for each statement execute function %I()', shown.tab || '_page_updated', shown.tab, shown.fn);
        execute format('create trigger %I after delete on %I referencing old table as changed'
            || ' for each statement execute function %I()', shown.tab || '_page_deleted', shown.tab, shown.fn);
    end loop;
end
$$;
