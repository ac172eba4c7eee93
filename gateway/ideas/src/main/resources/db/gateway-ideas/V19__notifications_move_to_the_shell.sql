-- The feed is the shell's now (db/gateway-shell), fed from samskap.notifications.feed (ADR 0024).
drop table my_notification;
