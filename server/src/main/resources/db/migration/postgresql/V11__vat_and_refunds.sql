-- VAT per rate and refunds (PostgreSQL).

-- Each sale line's VAT rate, in hundredths of a percent as catalog_product keeps it (21% is 2100), and
-- the units of it that refunds took back, which the refund that takes them adds in its transaction.
ALTER TABLE sale_line
    ADD COLUMN vat      integer,
    ADD COLUMN returned integer NOT NULL DEFAULT 0;

-- The lines recorded before lines kept their rate take their product's rate in the sale's catalog
-- version. A price label's line (its code the label's 13 digits) takes the rate of the product its
-- label names, found through the "priceBarcodes" of the version's rules JSON; no two prefixes of a
-- version overlap, so a label matches at most one. A line found in neither way takes 21%, the rate
-- of every product before rates existed (the sales of the release before catalog versions, whose
-- version 1 is published after this runs).
WITH price_label AS MATERIALIZED (
    SELECT v.version, r.rule ->> 'prefix' AS prefix, p.vat_hundredths AS vat
    FROM catalog_version v
    CROSS JOIN LATERAL jsonb_array_elements(v.rules::jsonb -> 'priceBarcodes') AS r (rule)
    JOIN catalog_product p ON p.version = v.version AND p.code = r.rule ->> 'productCode'
)
UPDATE sale_line l SET vat = COALESCE(
    (SELECT p.vat_hundredths FROM sale s JOIN catalog_product p ON p.version = s.catalog_version AND p.code = l.code
     WHERE s.number = l.sale_number),
    (SELECT b.vat FROM sale s JOIN price_label b ON b.version = s.catalog_version
     WHERE s.number = l.sale_number AND l.code ~ '^[0-9]{13}$' AND starts_with(l.code, b.prefix)),
    2100);
ALTER TABLE sale_line ALTER COLUMN vat SET NOT NULL;
ALTER TABLE sale_line ADD CONSTRAINT sale_line_vat CHECK (vat BETWEEN 0 AND 10000);
ALTER TABLE sale_line ADD CONSTRAINT sale_line_returned CHECK (returned >= 0 AND returned <= quantity);

-- Each day's VAT per rate of its sales (by sold_on). Per sale and rate, as Receipt.vat computes it,
-- the gross is the rate's lines' amounts less the promotions that reduce them, and the VAT is
-- gross × rate / (100% + rate) rounded half-up to the cent: a sale's gross is never negative, so that
-- is (2 × gross × rate + 100% + rate) / (2 × (100% + rate)) in whole numbers, rounded down. A day's
-- row adds them up. Written, like sale_day, by the transaction that records a sale, which holds the
-- sale counter's row lock. Built here from the sales already recorded.
CREATE TABLE sale_day_vat (
    sold_on date    NOT NULL,
    rate    integer NOT NULL CHECK (rate BETWEEN 0 AND 10000),
    gross   bigint  NOT NULL,
    vat     bigint  NOT NULL,
    PRIMARY KEY (sold_on, rate)
);
INSERT INTO sale_day_vat (sold_on, rate, gross, vat)
SELECT s.sold_on, g.rate, SUM(g.gross),
       SUM((2 * g.gross * g.rate + 10000 + g.rate) / (2 * (10000 + g.rate)))
FROM (SELECT l.sale_number, l.vat AS rate, CAST(SUM(l.amount - COALESCE(d.saved, 0)) AS bigint) AS gross
      FROM sale_line l
      LEFT JOIN (SELECT sale_number, product, SUM(saved) AS saved FROM sale_discount GROUP BY sale_number, product) d
          ON d.sale_number = l.sale_number AND d.product = l.code
      GROUP BY l.sale_number, l.vat) g
JOIN sale s ON s.number = g.sale_number
GROUP BY s.sold_on, g.rate;

-- Refunds, numbered 1, 2, 3... without gaps in a series of their own across every server: a refund
-- takes its sale's row lock (so refunds of one sale come one at a time), then refund_counter's row
-- lock, takes the next number and is inserted in the same transaction, so a refused or failed refund
-- rolls the number back.
CREATE TABLE refund_counter (
    id          integer NOT NULL PRIMARY KEY CHECK (id = 1),
    last_number bigint  NOT NULL CHECK (last_number >= 0)
);
INSERT INTO refund_counter (id, last_number) VALUES (1, 0);

-- One row per refund, kept for good: the sale it is of, its exact time (refunded_at to the microsecond,
-- refunded_at_nanos the nanoseconds past it), what it paid back in all, to cards and in cash, and the
-- operation that recorded it, so that a retry through any server answers it (unique operation).
CREATE TABLE refund (
    number            bigint    NOT NULL PRIMARY KEY CHECK (number > 0),
    sale_number       bigint    NOT NULL REFERENCES sale (number),
    refunded_on       date      NOT NULL,
    refunded_at       timestamp NOT NULL,
    refunded_at_nanos integer   NOT NULL CHECK (refunded_at_nanos BETWEEN 0 AND 999),
    amount            bigint    NOT NULL CHECK (amount >= 0),
    card              bigint    NOT NULL CHECK (card >= 0),
    cash              bigint    NOT NULL CHECK (cash >= 0),
    operation_high    bigint    NOT NULL,
    operation_low     bigint    NOT NULL,
    CONSTRAINT refund_operation UNIQUE (operation_high, operation_low),
    CHECK (card + cash = amount)
);
CREATE INDEX refund_sale ON refund (sale_number, number);
CREATE INDEX refund_refunded_on ON refund (refunded_on, number);

-- What came back, in the order of the sale's receipt (position 0, 1, ...): the receipt line's code and name.
CREATE TABLE refund_line (
    refund_number bigint  NOT NULL REFERENCES refund (number) ON DELETE CASCADE,
    position      integer NOT NULL CHECK (position >= 0),
    code          text    NOT NULL,
    name          text    NOT NULL,
    quantity      integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (refund_number, position)
);

-- How it was paid back, cards first, then cash; reference is a card's (possibly empty), null for cash.
CREATE TABLE refund_payment (
    refund_number bigint     NOT NULL REFERENCES refund (number) ON DELETE CASCADE,
    position      integer    NOT NULL CHECK (position >= 0),
    kind          varchar(4) NOT NULL CHECK (kind IN ('CASH', 'CARD')),
    amount        bigint     NOT NULL CHECK (amount > 0),
    reference     text,
    PRIMARY KEY (refund_number, position),
    CHECK ((kind = 'CASH') = (reference IS NULL))
);

-- Per rate, what the refund took back: the gross paid back at that rate and the VAT in it (positive).
CREATE TABLE refund_vat (
    refund_number bigint  NOT NULL REFERENCES refund (number) ON DELETE CASCADE,
    rate          integer NOT NULL CHECK (rate BETWEEN 0 AND 10000),
    gross         bigint  NOT NULL,
    vat           bigint  NOT NULL,
    PRIMARY KEY (refund_number, rate)
);

-- Each day's refunds (by refunded_on): how many, what they paid back in all, to cards and in cash, and
-- per rate the gross and VAT they took back. Written by the transaction that records a refund, which
-- holds the refund counter's row lock, so refunds add to a day's rows one at a time; a sale never
-- writes them, nor a refund the sale's day rows.
CREATE TABLE refund_day (
    refunded_on date    NOT NULL PRIMARY KEY,
    refunds     integer NOT NULL CHECK (refunds > 0),
    amount      bigint  NOT NULL,
    card        bigint  NOT NULL,
    cash        bigint  NOT NULL
);
CREATE TABLE refund_day_vat (
    refunded_on date    NOT NULL,
    rate        integer NOT NULL CHECK (rate BETWEEN 0 AND 10000),
    gross       bigint  NOT NULL,
    vat         bigint  NOT NULL,
    PRIMARY KEY (refunded_on, rate)
);
