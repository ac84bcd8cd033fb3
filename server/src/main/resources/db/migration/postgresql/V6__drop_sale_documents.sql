-- Sales as rows (PostgreSQL), step 3 of 3: every sale's row and its lines, promotions and payments now hold all
-- its document held (version 5 moved them), so the row's new columns are required and the JSON
-- document column goes. A sale is read from its rows alone from here on.
ALTER TABLE sale ALTER COLUMN sold_at_nanos SET NOT NULL;
ALTER TABLE sale ALTER COLUMN basket_version SET NOT NULL;
ALTER TABLE sale ALTER COLUMN gross SET NOT NULL;
ALTER TABLE sale ALTER COLUMN savings SET NOT NULL;
ALTER TABLE sale ALTER COLUMN total SET NOT NULL;
ALTER TABLE sale ALTER COLUMN card SET NOT NULL;
ALTER TABLE sale ALTER COLUMN cash SET NOT NULL;
ALTER TABLE sale ALTER COLUMN change_given SET NOT NULL;
ALTER TABLE sale ADD CONSTRAINT sale_sold_at_nanos CHECK (sold_at_nanos BETWEEN 0 AND 999);
ALTER TABLE sale ADD CONSTRAINT sale_payments CHECK (card >= 0 AND cash >= 0 AND change_given >= 0);
ALTER TABLE sale DROP COLUMN document;
