-- Baskets of the durable store (PostgreSQL). Ids are 128-bit values kept as two bigints.
-- A closed basket (REMOVED or EXPIRED) stays as a small tombstone row, without lines or
-- operations, so that a clerk coming back to it is told it expired; the expiry sweep purges old ones.
CREATE TABLE basket (
    id_high          bigint      NOT NULL,
    id_low           bigint      NOT NULL,
    state            varchar(8)  NOT NULL CHECK (state IN ('OPEN', 'REMOVED', 'EXPIRED')),
    version          bigint      NOT NULL,
    last_used_millis bigint      NOT NULL,
    PRIMARY KEY (id_high, id_low)
);
CREATE INDEX basket_open_last_used ON basket (last_used_millis) WHERE state = 'OPEN';
CREATE INDEX basket_closed_last_used ON basket (last_used_millis) WHERE state <> 'OPEN';

-- One row per product; position is the basket's version when the product was first added,
-- so ordering by it gives first-added order.
CREATE TABLE basket_line (
    basket_high bigint      NOT NULL,
    basket_low  bigint      NOT NULL,
    product     varchar(64) NOT NULL,
    position    bigint      NOT NULL,
    quantity    integer     NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (basket_high, basket_low, product),
    FOREIGN KEY (basket_high, basket_low) REFERENCES basket (id_high, id_low) ON DELETE CASCADE
);

-- Operation ids of the changes applied to an open basket, so a retry through any server is applied once.
CREATE TABLE basket_operation (
    basket_high    bigint NOT NULL,
    basket_low     bigint NOT NULL,
    operation_high bigint NOT NULL,
    operation_low  bigint NOT NULL,
    PRIMARY KEY (basket_high, basket_low, operation_high, operation_low),
    FOREIGN KEY (basket_high, basket_low) REFERENCES basket (id_high, id_low) ON DELETE CASCADE
);
