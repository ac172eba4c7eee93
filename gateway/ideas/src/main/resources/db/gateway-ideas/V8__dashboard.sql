-- What the staff dashboard needs beyond the idea board's current state: when each idea's clocks started and
-- stopped, and how many took part per day. Counts and times only: no person ids.
create table dashboard_answer_clock (
    idea_id         uuid        primary key,
    municipality    char(4)     not null,
    submitted_at    timestamptz not null,
    -- the first publication; an upheld appeal against a rejection publishes later
    published_at    timestamptz,
    -- the municipality's first answer: assessment started or the official answer, whichever came first
    first_answer_at timestamptz,
    -- the official answer (accepted, not possible, already exists)
    answered_at     timestamptz,
    -- rejected or withdrawn: no answer is owed any more
    closed_at       timestamptz
);

create index dashboard_answer_clock_by_submission on dashboard_answer_clock (municipality, submitted_at);

-- Days in Norwegian time (Europe/Oslo), the calendar staff read the dashboard in.
create table dashboard_participation (
    municipality    char(4) not null,
    day             date    not null,
    ideas_submitted integer not null default 0,
    supports_given  integer not null default 0,
    comments_added  integer not null default 0,
    primary key (municipality, day)
);
