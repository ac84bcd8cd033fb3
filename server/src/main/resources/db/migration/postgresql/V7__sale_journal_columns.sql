-- The journal from the sale rows alone (PostgreSQL): what a journal line shows that the row did not
-- hold. units is how many units the sale sold, all its lines' quantities together; payment_kinds the
-- kinds of its payments in the order taken, separated by a space ('CASH', 'CARD', 'CARD CASH').
-- Both repeat what sale_line and sale_payment say, as gross, card and cash do, and are written in
-- the same insert, so that the journal reads one row per sale. Filled for the sales already
-- recorded from their lines and payments, then required.
ALTER TABLE sale
    ADD COLUMN units         bigint,
    ADD COLUMN payment_kinds text;
UPDATE sale s SET
    units = (SELECT COALESCE(SUM(l.quantity), 0) FROM sale_line l WHERE l.sale_number = s.number),
    payment_kinds = (SELECT string_agg(p.kind, ' ' ORDER BY p.position) FROM sale_payment p
                     WHERE p.sale_number = s.number);
ALTER TABLE sale ALTER COLUMN units SET NOT NULL;
ALTER TABLE sale ALTER COLUMN payment_kinds SET NOT NULL;
ALTER TABLE sale ADD CONSTRAINT sale_units CHECK (units >= 0);
