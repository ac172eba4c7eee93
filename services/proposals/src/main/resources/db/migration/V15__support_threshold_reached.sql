-- When an idea's supports first reached its municipality's threshold (issue 16, item 1). Set once, in the
-- transaction of the support that reached it, under the idea row's lock; withdrawn supports do not clear it.
alter table idea add column threshold_reached_at timestamptz;
