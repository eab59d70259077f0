-- The audit log: every domain change, appended in the changing transaction, hash-chained per engagement
-- (chain_id is the engagement's id, or 'locus' for changes that belong to no engagement). Locus only ever
-- inserts here; docs/audit.md gives the privileges that make the table insert-only for the application's user.
create table audit_entry (
    chain_id       varchar(64)     not null,
    chain_position bigint          not null,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(255)    not null,
    kind           varchar(64)     not null,
    subject_type   varchar(128)    not null,
    subject_id     varchar(255),
    engagement_id  varchar(64),
    before_value   varchar(100000),
    after_value    varchar(100000),
    prev_hash      varchar(64)     not null,
    hash           varchar(64)     not null,
    primary key (chain_id, chain_position)
);

-- The head of each chain: its last position and hash. Locked (select ... for update) while appending, so
-- parallel writers queue and the chain stays one line; compared with the last entry by verify, so a deleted
-- last entry shows.
create table audit_chain (
    chain_id      varchar(64) not null primary key,
    last_position bigint      not null,
    last_hash     varchar(64) not null
);

-- The chain of changes without an engagement exists from the start, so that two first writers never race to
-- create it.
insert into audit_chain (chain_id, last_position, last_hash)
values ('locus', 0, '0000000000000000000000000000000000000000000000000000000000000000');
