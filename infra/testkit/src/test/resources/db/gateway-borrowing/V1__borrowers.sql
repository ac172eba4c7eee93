CREATE TABLE IF NOT EXISTS borrower (
    id   text primary key,
    name text not null
);
