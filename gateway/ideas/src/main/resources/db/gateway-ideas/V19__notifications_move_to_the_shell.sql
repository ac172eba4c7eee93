-- The feed is the shell's now (db/gateway-notifications), fed from samskap.notifications.feed (ADR 0024).
drop table my_notification;
