-- When an event last changed, for the calendars' LAST-MODIFIED and DTSTAMP: set by the database whenever the version
-- (the calendars' SEQUENCE) moves on, so the event's own code keeps deciding the version and nothing else.
alter table event add column changed_at timestamptz;
update event set changed_at = created_at;
alter table event alter column changed_at set not null;

create function event_changed_at() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.changed_at := new.created_at;
    elsif new.version is distinct from old.version then
        new.changed_at := greatest(now(), old.changed_at);
    else
        new.changed_at := old.changed_at;
    end if;
    return new;
end
$$;

create trigger event_changed_at before insert or update on event
    for each row execute function event_changed_at();
