-- An idea whose author erased their account (ADR 0046): the page says it came from a former participant. Set by the
-- erasure from the author's "Min side" rows, which are deleted in the same transaction.
alter table idea_board add column by_former_participant boolean not null default false;
