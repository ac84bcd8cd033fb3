-- Baskets of the durable store (H2). Ids are 128-bit values kept as two bigints.
-- A closed basket (REMOVED or EXPIRED) stays as a small tombstone row, without lines or
-- operations, so that a clerk coming back to it is told it expired; the expiry sweep purges old ones.
CREATE TABLE basket (
    id_high          BIGINT      NOT NULL,
    id_low           BIGINT      NOT NULL,
    state            VARCHAR(8)  NOT NULL CHECK (state IN ('OPEN', 'REMOVED', 'EXPIRED')),
    version          BIGINT      NOT NULL,
    last_used_millis BIGINT      NOT NULL,
    PRIMARY KEY (id_high, id_low)
);
CREATE INDEX basket_state_last_used ON basket (state, last_used_millis);

-- One row per product; position is the basket's version when the product was first added,
-- so ordering by it gives first-added order.
CREATE TABLE basket_line (
    basket_high BIGINT      NOT NULL,
    basket_low  BIGINT      NOT NULL,
    product     VARCHAR(64) NOT NULL,
    position    BIGINT      NOT NULL,
    quantity    INT         NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (basket_high, basket_low, product),
    FOREIGN KEY (basket_high, basket_low) REFERENCES basket (id_high, id_low) ON DELETE CASCADE
);

-- Operation ids of the changes applied to an open basket, so a retry through any server is applied once.
CREATE TABLE basket_operation (
    basket_high    BIGINT NOT NULL,
    basket_low     BIGINT NOT NULL,
    operation_high BIGINT NOT NULL,
    operation_low  BIGINT NOT NULL,
    PRIMARY KEY (basket_high, basket_low, operation_high, operation_low),
    FOREIGN KEY (basket_high, basket_low) REFERENCES basket (id_high, id_low) ON DELETE CASCADE
);
