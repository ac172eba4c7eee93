create table loan (
    book     text primary key,
    borrower text not null,
    returned timestamptz
);
