-- The latest description of each municipality, as the owner last published it (municipality-described).
create table municipality_copy (
    municipality text        primary key,
    envelope     text        not null,
    described_at timestamptz not null
);
