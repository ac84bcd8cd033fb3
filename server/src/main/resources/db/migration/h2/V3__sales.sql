-- Completed sales (H2). Numbered 1, 2, 3... without gaps: a sale takes sale_counter's row lock,
-- takes the next number and is inserted in the same transaction, so a refused or failed sale
-- rolls the number back. (Version 3, as on PostgreSQL, whose version 2 is the change function.)
CREATE TABLE sale_counter (
    id          INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    last_number BIGINT NOT NULL CHECK (last_number >= 0)
);
INSERT INTO sale_counter (id, last_number) VALUES (1, 0);

-- One row per sale, kept for good: the expiry sweep never touches it. It is also the paid basket's
-- tombstone: its basket row is closed as REMOVED (and purged days later like any tombstone), and
-- this row says it was paid, as which sale and under which operation, so a retried completion
-- answers the same sale, however late. A basket is paid at most once (unique basket).
-- The sale itself is the JSON document (see SaleDocument); sold_on and sold_at repeat its time for queries.
CREATE TABLE sale (
    number         BIGINT                 NOT NULL PRIMARY KEY CHECK (number > 0),
    sold_on        DATE                   NOT NULL,
    sold_at        TIMESTAMP(9)           NOT NULL,
    basket_high    BIGINT                 NOT NULL,
    basket_low     BIGINT                 NOT NULL,
    operation_high BIGINT                 NOT NULL,
    operation_low  BIGINT                 NOT NULL,
    document       CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT sale_basket UNIQUE (basket_high, basket_low)
);
CREATE INDEX sale_sold_on ON sale (sold_on, number);
