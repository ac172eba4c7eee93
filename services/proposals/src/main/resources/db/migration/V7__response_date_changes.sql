alter table idea_timeline add column previous_respond_by date;
alter table idea_timeline add column respond_by date;
alter table idea_timeline add constraint idea_timeline_respond_by_change_check
    check ((previous_respond_by is null) = (respond_by is null));

alter table idea_timeline drop constraint idea_timeline_moderation_check;
alter table idea_timeline add constraint idea_timeline_moderation_check
    check (moderation in ('HIDDEN', 'RESTORED', 'APPEALED', 'APPEAL_UPHELD', 'APPEAL_DISMISSED', 'EDITED',
                          'RESPONSE_DATE_CHANGED'));
