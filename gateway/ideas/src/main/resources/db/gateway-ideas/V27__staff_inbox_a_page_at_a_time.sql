-- The staff inbox a page at a time (ADR 0061): each section reads its municipality's rows in the section's own order
-- from one of these, from the start or after a cursor, and stops after a page; a small section counts the same range,
-- a large one adds up the tally below.
create index staff_inbox_idea_to_moderate on staff_inbox_idea (municipality, submitted_at, id)
    where status = 'submitted';

create index staff_inbox_idea_under_assessment on staff_inbox_idea (municipality, respond_by, id)
    where status = 'under-assessment';

create index staff_inbox_idea_hidden on staff_inbox_idea (municipality, hidden_at, id)
    where hidden_at is not null and appealed_at is null and not hiding_final and status <> 'withdrawn';

create index staff_inbox_idea_appealed on staff_inbox_idea (municipality, appealed_at, id)
    where appealed_at is not null;

drop index staff_inbox_comment_hidden;
create index staff_inbox_comment_hidden on staff_inbox_comment (municipality, hidden_at, id)
    where hidden_at is not null and appealed_at is null and not hiding_final;

drop index staff_inbox_comment_appealed;
create index staff_inbox_comment_appealed on staff_inbox_comment (municipality, appealed_at, id)
    where appealed_at is not null and hidden_at is not null;

-- Reports wait until a moderator reviews them, so these stay small; they find each item's first report and the
-- reasons of a page's comments.
create index staff_inbox_report_ideas on staff_inbox_report (municipality, idea_id, reported_at)
    where comment_id is null;
create index staff_inbox_report_comments on staff_inbox_report (comment_id, reported_at)
    where comment_id is not null;

-- Ideas waiting for assessment are listed in the board's order of supports: the negated count keeps every key
-- ascending, so a cursor continues by one row comparison.
create index idea_board_inbox_to_assess on idea_board (municipality, (-support_count), published_at, id)
    where threshold_reached_at is null and published_at is not null;

create index idea_board_inbox_threshold_reached on idea_board (municipality, threshold_reached_at, id)
    where threshold_reached_at is not null;

-- How many ideas of a municipality have each status, visible or hidden, and, under assessment, each response date:
-- the counts of the largest sections (to moderate, under assessment by how soon they are due, waiting for
-- assessment) add these up instead of counting every idea. Kept by triggers on staff_inbox_idea, so they are its
-- counts in every committed state; respond_by is 'infinity' for every other status.
create table staff_inbox_tally (
    municipality text    not null,
    status       text    not null,
    visible      boolean not null,
    respond_by   date    not null,
    ideas        integer not null,
    primary key (municipality, status, visible, respond_by)
);

create function staff_inbox_due(status text, respond_by date) returns date language sql immutable as $$
    select case when status = 'under-assessment' then coalesce(respond_by, 'infinity') else 'infinity' end
$$;

create function staff_inbox_tally_inserted() returns trigger language plpgsql as $$
begin
    insert into staff_inbox_tally (municipality, status, visible, respond_by, ideas)
    select municipality, status, hidden_at is null, staff_inbox_due(status, respond_by), count(*)
    from inserted_ideas group by 1, 2, 3, 4
    on conflict (municipality, status, visible, respond_by)
        do update set ideas = staff_inbox_tally.ideas + excluded.ideas;
    return null;
end
$$;

create function staff_inbox_tally_deleted() returns trigger language plpgsql as $$
begin
    update staff_inbox_tally t set ideas = t.ideas - gone.ideas
    from (select municipality, status, hidden_at is null as visible, staff_inbox_due(status, respond_by) as respond_by,
                 count(*) as ideas
          from deleted_ideas group by 1, 2, 3, 4) as gone
    where t.municipality = gone.municipality and t.status = gone.status and t.visible = gone.visible
      and t.respond_by = gone.respond_by;
    return null;
end
$$;

create function staff_inbox_tally_changed() returns trigger language plpgsql as $$
begin
    insert into staff_inbox_tally (municipality, status, visible, respond_by, ideas)
    values (new.municipality, new.status, new.hidden_at is null, staff_inbox_due(new.status, new.respond_by), 1),
           (old.municipality, old.status, old.hidden_at is null, staff_inbox_due(old.status, old.respond_by), -1)
    on conflict (municipality, status, visible, respond_by)
        do update set ideas = staff_inbox_tally.ideas + excluded.ideas;
    return null;
end
$$;

-- Empties the count table the trigger names when the table it counts is truncated.
create function counts_forgotten() returns trigger language plpgsql as $$
begin
    execute format('delete from %I', tg_argv[0]);
    return null;
end
$$;

create trigger staff_inbox_tally_inserted after insert on staff_inbox_idea
    referencing new table as inserted_ideas for each statement execute function staff_inbox_tally_inserted();

create trigger staff_inbox_tally_deleted after delete on staff_inbox_idea
    referencing old table as deleted_ideas for each statement execute function staff_inbox_tally_deleted();

create trigger staff_inbox_tally_changed after update of municipality, status, hidden_at, respond_by
    on staff_inbox_idea for each row
    when ((old.municipality, old.status, old.hidden_at is null, staff_inbox_due(old.status, old.respond_by))
          is distinct from (new.municipality, new.status, new.hidden_at is null,
                            staff_inbox_due(new.status, new.respond_by)))
    execute function staff_inbox_tally_changed();

create trigger staff_inbox_tally_forgotten after truncate on staff_inbox_idea
    for each statement execute function counts_forgotten('staff_inbox_tally');

insert into staff_inbox_tally (municipality, status, visible, respond_by, ideas)
select municipality, status, hidden_at is null, staff_inbox_due(status, respond_by), count(*)
from staff_inbox_idea group by 1, 2, 3, 4;
