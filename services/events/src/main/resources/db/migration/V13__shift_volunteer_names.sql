-- The volunteer's name as their token gave it at sign-up, so the team leader and organisers see a name and not a
-- subject id. Served only by the routes of those who lead the shift; never in a message. Null for sign-ups made
-- before this column, and when the token gave no name.
alter table shift_sign_up add column volunteer_name text;
