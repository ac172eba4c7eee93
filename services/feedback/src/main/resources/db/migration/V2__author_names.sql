-- The author's name as their token gave it when they gave the feedback, shown to the municipality's staff only, and
-- only when the feedback is not anonymous. Null when the token named no one.
alter table feedback add column author_name varchar(200);
