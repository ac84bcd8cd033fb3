-- The day report from one row (H2): each day's totals, the sums the report shows of that day's
-- sale rows (by sold_on): how many sales, gross, savings, card, cash taken, change given, and the
-- first and last sale's number. The transaction that records a sale adds it to its day's row (and
-- makes the row for the day's first sale); it already holds the sale counter's row lock, so sales
-- add to a day's row one at a time. Built here from the sales already recorded.
CREATE TABLE sale_day (
    sold_on      DATE   NOT NULL PRIMARY KEY,
    sales        INT    NOT NULL CHECK (sales > 0),
    gross        BIGINT NOT NULL,
    savings      BIGINT NOT NULL,
    card         BIGINT NOT NULL,
    cash         BIGINT NOT NULL,
    change_given BIGINT NOT NULL,
    first_number BIGINT NOT NULL,
    last_number  BIGINT NOT NULL,
    CHECK (first_number <= last_number)
);
INSERT INTO sale_day (sold_on, sales, gross, savings, card, cash, change_given, first_number, last_number)
SELECT sold_on, COUNT(*), SUM(gross), SUM(savings), SUM(card), SUM(cash), SUM(change_given), MIN(number), MAX(number)
FROM sale GROUP BY sold_on;
