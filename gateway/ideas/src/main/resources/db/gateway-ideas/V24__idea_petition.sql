-- Innbyggerforslag (issue 16, item 6; ADR 0051), from petition-started, -signature-count-changed, -sent and -handled:
-- counts and the council's decision, never who signed. The board shows a badge, the idea page the whole of it.
create table idea_petition (
    idea_id          uuid        primary key,
    municipality     char(4)     not null,
    status           text        not null default 'collecting',
    threshold        integer     not null,
    signature_count  integer     not null default 0,
    started_at       timestamptz not null,
    sent_at          timestamptz,
    council_deadline date,
    outcome          text,
    meeting_date     date,
    decision         text,
    case_url         text,
    handled_at       timestamptz,
    updated_at       timestamptz not null
);
