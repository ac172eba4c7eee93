-- An admin of the association may withdraw an invitation while it is open; the invitation is then closed as
-- 'withdrawn' at the time of the withdrawal, like an answered one, and frees the way for a new invitation.
alter table invitation drop constraint invitation_answer_check;
alter table invitation add constraint invitation_answer_check
    check (answer in ('accepted', 'refused', 'withdrawn'));
