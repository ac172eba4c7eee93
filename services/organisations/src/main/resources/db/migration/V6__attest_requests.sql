-- Who an association's attest officer asked to apply for a politiattest, for which role, and whether it was seen.
create table attest_request (
    id              uuid        primary key,
    association_id  uuid        not null references association (id),
    volunteer_id    text        not null,
    role_code       text        not null check (role_code in ('barn-og-unge', 'personer-med-utviklingshemming')),
    role_name       text        check (char_length(role_name) <= 100),
    requested_by    text        not null,
    requested_at    timestamptz not null,
    sighted_at      timestamptz
);

create index attest_request_by_association on attest_request (association_id, requested_at);
create index attest_request_by_volunteer on attest_request (volunteer_id, requested_at);
