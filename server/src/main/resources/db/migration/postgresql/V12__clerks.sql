-- Clerks (PostgreSQL): who may sign in at a till, shared by every server on the database, keyed by
-- the folded form of their name (ClerkName.key: "ann" for "Ann"), with the name as it was added for
-- display. pin_hash is an Argon2id hash of the PIN with the servers' pepper, never the PIN.
-- failed_attempts counts wrong PINs in a row, on every server; locked_until is when the lock after
-- too many ends (NULL: not locked since the last right PIN).
CREATE TABLE clerk (
    name_key        text        NOT NULL PRIMARY KEY,
    display_name    text        NOT NULL,
    role            varchar(16) NOT NULL CHECK (role IN ('CLERK', 'MANAGER')),
    pin_hash        text        NOT NULL,
    disabled        boolean     NOT NULL DEFAULT FALSE,
    failed_attempts integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    timestamptz
);
