-- Sign-ins refused before their tokens run out: a person who erased their account (ADR 0046). Only a digest of the
-- ID token is kept, never the token or whose it was, and only until the token would have run out anyway.
create table revoked_sign_in (
    token_digest text        primary key,
    expires_at   timestamptz not null
);
