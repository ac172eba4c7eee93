-- An admin's invitation to a person who has signed in, open until the person accepts or refuses it. Answered
-- invitations are kept as they were answered.
create table invitation (
    id              uuid        primary key,
    association_id  uuid        not null references association (id),
    invitee_id      text        not null references person (subject),
    role            text        not null check (role in ('admin', 'member')),
    invited_by      text        not null,
    invited_at      timestamptz not null,
    answer          text        check (answer in ('accepted', 'refused')),
    answered_at     timestamptz,
    constraint answered_with_a_time check ((answer is null) = (answered_at is null))
);

create unique index one_open_invitation_per_person on invitation (association_id, invitee_id) where answer is null;
create index open_invitations_by_invitee on invitation (invitee_id) where answer is null;
