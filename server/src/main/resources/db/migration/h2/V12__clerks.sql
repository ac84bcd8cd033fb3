-- Clerks (H2): who may sign in at a till, keyed by the folded form of their name (ClerkName.key:
-- "ann" for "Ann"), with the name as it was added for display. pin_hash is an Argon2id hash of the
-- PIN with the server's pepper, never the PIN. failed_attempts counts wrong PINs in a row;
-- locked_until is when the lock after too many ends (NULL: not locked since the last right PIN).
CREATE TABLE clerk (
    name_key        VARCHAR(200)             NOT NULL PRIMARY KEY,
    display_name    VARCHAR(200)             NOT NULL,
    role            VARCHAR(16)              NOT NULL CHECK (role IN ('CLERK', 'MANAGER')),
    pin_hash        VARCHAR(400)             NOT NULL,
    disabled        BOOLEAN                  NOT NULL DEFAULT FALSE,
    failed_attempts INT                      NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    TIMESTAMP WITH TIME ZONE
);
