-- Strategic values and target groups are codes joined by commas; a code is lower-case letters, digits and hyphens.
alter table idea
    add column strategic_values text not null default '',
    add column target_groups    text not null default 'alle',
    add column cost_model       text not null default 'for-alle' check (cost_model in ('for-alle', 'for-noen')),
    add column place            text;

alter table municipality_settings
    add column service_areas text not null default 'bibliotek,kulturskole,kino,fritid-ungdom,kulturhus,digital,annet';

create table municipality_strategic_value (
    municipality char(4)  not null,
    position     smallint not null,
    code         text     not null,
    name         text     not null,
    primary key (municipality, position),
    unique (municipality, code)
);

alter table idea_timeline drop constraint idea_timeline_moderation_check;
alter table idea_timeline add constraint idea_timeline_moderation_check
    check (moderation in ('HIDDEN', 'RESTORED', 'APPEALED', 'APPEAL_UPHELD', 'APPEAL_DISMISSED', 'EDITED'));
