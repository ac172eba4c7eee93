-- When a lookup fails, the association stays unchecked; these say how often it failed and when to ask again.
alter table association add column register_check_failures int not null default 0;
alter table association add column next_register_check_at timestamptz;

create index association_check_due on association (next_register_check_at) where register_status = 'unchecked';
