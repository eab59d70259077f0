-- Failed sign-ins, so that guessing is throttled on every node of a cluster alike (see docs/security.md,
-- "Sign-in throttling"). One row a subject: an account name as typed ("account:" + its SHA-256), a client
-- address ("address:" + its SHA-256), or an account with an address it signed in from ("known:" + SHA-256).
-- Hashed, so that a row's key has one length whatever was typed, and names people mistyped are not kept.
-- Times are epoch milliseconds (UTC), the same on H2 and PostgreSQL whatever the servers' zones.
create table signin_attempt (
    subject          varchar(80) not null primary key,
    failures         integer     not null,   -- failed sign-ins since the counter last started
    last_failure_ms  bigint,                  -- the latest of them; the counter starts again after the window
    locked_until_ms  bigint,                  -- no sign-in is checked for this subject before then
    last_success_ms  bigint                   -- "known" rows: when the account last signed in from the address
);

-- Rows of forgotten failures are deleted as new failures are written, found by this index.
create index signin_attempt_by_last_failure on signin_attempt (last_failure_ms);
