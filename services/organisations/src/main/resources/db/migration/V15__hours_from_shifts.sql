-- Hours of a shift the volunteer was checked in for at an event (from the events service's shift-checked-in) have
-- no offer of help: they name the event and the shift instead, and are logged once per volunteer and shift.
alter table hours_entry alter column offer_id drop not null;
alter table hours_entry add column event_id uuid;
alter table hours_entry add column shift_id uuid;
alter table hours_entry add constraint hours_from_an_offer_or_a_shift
    check ((offer_id is null) <> (shift_id is null) and (shift_id is null) = (event_id is null));

create unique index hours_entry_once_per_shift on hours_entry (shift_id, volunteer_id) where shift_id is not null;
