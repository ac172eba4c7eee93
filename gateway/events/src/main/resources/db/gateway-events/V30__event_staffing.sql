-- How many volunteers took a place on an event's shifts (sign-ups that went on a waitlist are not counted), for the
-- dashboard's share of events staffed by volunteers. No person is named.
create table event_staffing (
    event_id    uuid     primary key,
    volunteers  integer  not null
);
