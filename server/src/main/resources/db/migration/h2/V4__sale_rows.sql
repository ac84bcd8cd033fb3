-- Sales as rows (H2), step 1 of 3: the tables a sale's lines, promotions and payments live in, and
-- the columns of the sale's own row that replace its JSON document. The columns are filled for the
-- sales already recorded by version 5 (SaleDocumentsToRows, a Java migration) and made NOT NULL,
-- and the document dropped, by version 6.

-- The exact time: sold_at to the microsecond (as PostgreSQL keeps it), sold_at_nanos the 0-999
-- nanoseconds past it. basket_version is the receipt's. Amounts are whole cents: gross (the lines
-- before promotions), savings (what the promotions took off), total (what the customer paid),
-- card and cash (the payments of each kind, cash as handed over), change_given; the day report sums them.
ALTER TABLE sale ADD COLUMN sold_at_nanos  INT;
ALTER TABLE sale ADD COLUMN basket_version BIGINT;
ALTER TABLE sale ADD COLUMN gross          BIGINT;
ALTER TABLE sale ADD COLUMN savings        BIGINT;
ALTER TABLE sale ADD COLUMN total          BIGINT;
ALTER TABLE sale ADD COLUMN card           BIGINT;
ALTER TABLE sale ADD COLUMN cash           BIGINT;
ALTER TABLE sale ADD COLUMN change_given   BIGINT;

-- The receipt's lines, in the order the products were first added (position 0, 1, ...).
CREATE TABLE sale_line (
    sale_number BIGINT            NOT NULL REFERENCES sale (number) ON DELETE CASCADE,
    position    INT               NOT NULL CHECK (position >= 0),
    code        CHARACTER VARYING NOT NULL,
    name        CHARACTER VARYING NOT NULL,
    quantity    INT               NOT NULL,
    unit_price  BIGINT            NOT NULL,
    amount      BIGINT            NOT NULL,
    PRIMARY KEY (sale_number, position)
);

-- The promotions that applied, in the receipt's order; product is the code of the line each reduces.
CREATE TABLE sale_discount (
    sale_number BIGINT            NOT NULL REFERENCES sale (number) ON DELETE CASCADE,
    position    INT               NOT NULL CHECK (position >= 0),
    product     CHARACTER VARYING NOT NULL,
    description CHARACTER VARYING NOT NULL,
    saved       BIGINT            NOT NULL,
    PRIMARY KEY (sale_number, position)
);

-- The payments, in the order the clerk took them; reference is a card's (possibly empty), null for cash.
CREATE TABLE sale_payment (
    sale_number BIGINT            NOT NULL REFERENCES sale (number) ON DELETE CASCADE,
    position    INT               NOT NULL CHECK (position >= 0),
    kind        VARCHAR(4)        NOT NULL CHECK (kind IN ('CASH', 'CARD')),
    amount      BIGINT            NOT NULL CHECK (amount > 0),
    reference   CHARACTER VARYING,
    PRIMARY KEY (sale_number, position),
    CHECK ((kind = 'CASH') = (reference IS NULL))
);
