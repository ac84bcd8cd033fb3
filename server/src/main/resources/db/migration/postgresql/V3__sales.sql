-- Completed sales (PostgreSQL). Numbered 1, 2, 3... without gaps across every server: a sale takes
-- sale_counter's row lock, takes the next number and is inserted in the same transaction, so a
-- refused or failed sale rolls the number back.
CREATE TABLE sale_counter (
    id          integer NOT NULL PRIMARY KEY CHECK (id = 1),
    last_number bigint  NOT NULL CHECK (last_number >= 0)
);
INSERT INTO sale_counter (id, last_number) VALUES (1, 0);

-- One row per sale, kept for good: the expiry sweep never touches it. It is also the paid basket's
-- tombstone: its basket row is closed as REMOVED (and purged days later like any tombstone), and
-- this row says it was paid, as which sale and under which operation, so a retried completion
-- answers the same sale, however late. A basket is paid at most once (unique basket).
-- The sale itself is the JSON document (see SaleDocument); sold_on and sold_at repeat its time for queries
-- (sold_at to the microsecond; the document keeps it exactly).
CREATE TABLE sale (
    number         bigint    NOT NULL PRIMARY KEY CHECK (number > 0),
    sold_on        date      NOT NULL,
    sold_at        timestamp NOT NULL,
    basket_high    bigint    NOT NULL,
    basket_low     bigint    NOT NULL,
    operation_high bigint    NOT NULL,
    operation_low  bigint    NOT NULL,
    document       text      NOT NULL,
    CONSTRAINT sale_basket UNIQUE (basket_high, basket_low)
);
CREATE INDEX sale_sold_on ON sale (sold_on, number);
