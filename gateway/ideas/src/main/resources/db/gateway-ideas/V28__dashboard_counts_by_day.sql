-- The dashboard's counts of ideas by status, service area, strategic value and target group (ADR 0061), per
-- municipality and day of submission in Norway: a period's counts add up its days instead of reading every idea.
-- Kept by triggers on idea_board, so they are the board's counts in every committed state, whichever projection,
-- replay or erasure wrote the board. A code's days may hold zero once its ideas moved on.
create table dashboard_idea_count (
    municipality char(4) not null,
    day          date    not null,
    facet        text    not null,
    code         text    not null,
    ideas        integer not null,
    primary key (municipality, day, facet, code)
);

create function dashboard_idea_codes(status text, service_area text, strategic_values text[], target_groups text[])
    returns table (facet text, code text) language sql immutable as $$
    select 'status', status
    union all select 'service_area', service_area
    union all select 'strategic_value', unnest(strategic_values)
    union all select 'target_group', unnest(target_groups)
$$;

create function dashboard_day(submitted_at timestamptz) returns date language sql immutable as $$
    select (submitted_at at time zone 'Europe/Oslo')::date
$$;

create function dashboard_count_inserted_ideas() returns trigger language plpgsql as $$
begin
    insert into dashboard_idea_count (municipality, day, facet, code, ideas)
    select i.municipality, dashboard_day(i.submitted_at), c.facet, c.code, count(*)
    from inserted_ideas i
    cross join lateral dashboard_idea_codes(i.status, i.service_area, i.strategic_values, i.target_groups) c
    group by 1, 2, 3, 4
    on conflict (municipality, day, facet, code) do update set ideas = dashboard_idea_count.ideas + excluded.ideas;
    return null;
end
$$;

create function dashboard_count_deleted_ideas() returns trigger language plpgsql as $$
begin
    update dashboard_idea_count n set ideas = n.ideas - gone.ideas
    from (select d.municipality, dashboard_day(d.submitted_at) as day, c.facet, c.code, count(*) as ideas
          from deleted_ideas d
          cross join lateral dashboard_idea_codes(d.status, d.service_area, d.strategic_values, d.target_groups) c
          group by 1, 2, 3, 4) as gone
    where n.municipality = gone.municipality and n.facet = gone.facet and n.day = gone.day and n.code = gone.code;
    return null;
end
$$;

create function dashboard_count_changed_idea() returns trigger language plpgsql as $$
begin
    insert into dashboard_idea_count (municipality, day, facet, code, ideas)
    select municipality, day, facet, code, sum(change)
    from (select new.municipality, dashboard_day(new.submitted_at) as day, c.facet, c.code, 1 as change
          from dashboard_idea_codes(new.status, new.service_area, new.strategic_values, new.target_groups) c
          union all
          select old.municipality, dashboard_day(old.submitted_at), c.facet, c.code, -1
          from dashboard_idea_codes(old.status, old.service_area, old.strategic_values, old.target_groups) c) as changes
    group by 1, 2, 3, 4
    having sum(change) <> 0
    on conflict (municipality, day, facet, code) do update set ideas = dashboard_idea_count.ideas + excluded.ideas;
    return null;
end
$$;

create trigger dashboard_counts_inserted_ideas after insert on idea_board
    referencing new table as inserted_ideas for each statement execute function dashboard_count_inserted_ideas();

create trigger dashboard_counts_deleted_ideas after delete on idea_board
    referencing old table as deleted_ideas for each statement execute function dashboard_count_deleted_ideas();

-- Row by row, and only when a counted column changed: supports and comments change an idea far more often.
create trigger dashboard_counts_changed_idea
    after update of municipality, submitted_at, status, service_area, strategic_values, target_groups on idea_board
    for each row when ((old.municipality, old.submitted_at, old.status, old.service_area, old.strategic_values,
                        old.target_groups)
                       is distinct from (new.municipality, new.submitted_at, new.status, new.service_area,
                                         new.strategic_values, new.target_groups))
    execute function dashboard_count_changed_idea();

create trigger dashboard_forgets_idea_counts after truncate on idea_board
    for each statement execute function counts_forgotten('dashboard_idea_count');

insert into dashboard_idea_count (municipality, day, facet, code, ideas)
select i.municipality, dashboard_day(i.submitted_at), c.facet, c.code, count(*)
from idea_board i
cross join lateral dashboard_idea_codes(i.status, i.service_area, i.strategic_values, i.target_groups) c
group by 1, 2, 3, 4;

-- The same counts per month, kept from the days': a period adds up its whole months here and only the days of the
-- months it covers in part above, some 60 days at the most.
create table dashboard_idea_count_by_month (
    municipality char(4) not null,
    month        date    not null,
    facet        text    not null,
    code         text    not null,
    ideas        integer not null,
    primary key (municipality, month, facet, code)
);

create function dashboard_count_month() returns trigger language plpgsql as $$
begin
    insert into dashboard_idea_count_by_month (municipality, month, facet, code, ideas)
    values (new.municipality, date_trunc('month', new.day)::date, new.facet, new.code,
            new.ideas - case when tg_op = 'UPDATE' then old.ideas else 0 end)
    on conflict (municipality, month, facet, code)
        do update set ideas = dashboard_idea_count_by_month.ideas + excluded.ideas;
    return null;
end
$$;

create trigger dashboard_counts_month after insert or update of ideas on dashboard_idea_count
    for each row execute function dashboard_count_month();

create trigger dashboard_forgets_month_counts after truncate on dashboard_idea_count
    for each statement execute function counts_forgotten('dashboard_idea_count_by_month');

insert into dashboard_idea_count_by_month (municipality, month, facet, code, ideas)
select municipality, date_trunc('month', day)::date, facet, code, sum(ideas)
from dashboard_idea_count group by 1, 2, 3, 4;

-- Ideas under assessment past their response date, counted for "overdue now".
create index idea_board_under_assessment_by_date on idea_board (municipality, respond_by)
    where status = 'under-assessment';

-- The answer clock's rows of a period are read for their percentiles without visiting the table.
drop index dashboard_answer_clock_by_submission;
create index dashboard_answer_clock_by_submission on dashboard_answer_clock (municipality, submitted_at)
    include (published_at, first_answer_at, answered_at, closed_at);
