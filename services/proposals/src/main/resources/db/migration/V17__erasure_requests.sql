-- A resident's request to erase their account (issue 17, item 5; ADR 0046). The subject id is kept only until the
-- erasure has run here; afterwards the row says that an erasure was asked for and done, and no longer whose.
create table erasure_request (
    id           uuid        primary key,
    subject_id   text        unique,
    requested_at timestamptz not null,
    erased_at    timestamptz,
    check ((subject_id is null) = (erased_at is not null))
);
