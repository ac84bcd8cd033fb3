-- Catalog versions (H2): every catalog a server or `catalog import` put in force, numbered from 1
-- without gaps and never changed once published. catalog_head holds the newest version's number
-- (0 before the first). A publish takes its row lock, so versions are numbered one at a time, and
-- writes the version's rows and the new number in one transaction; a basket's creation and every
-- server's poll read that one row.
CREATE TABLE catalog_head (
    id      INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL CHECK (version >= 0)
);
INSERT INTO catalog_head (id, version) VALUES (1, 0);

-- One row per version: when and from where it was published, and its rules besides the products
-- (promotions, favourites and price barcodes) as the JSON that CatalogFile.rulesJson writes: a few
-- rules, read whole with their version and never queried one by one.
CREATE TABLE catalog_version (
    version      BIGINT                   NOT NULL PRIMARY KEY CHECK (version > 0),
    published_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    source       CHARACTER VARYING        NOT NULL,
    rules        CHARACTER LARGE OBJECT   NOT NULL
);

-- A version's products, in the catalog's order (position 0, 1, ...): price in cents, VAT included;
-- VAT in hundredths of a percent (5.5% is 550). Only the transaction that publishes a version writes
-- its rows, together with its catalog_version row, and nothing changes them afterwards; they carry
-- no foreign keys, whose check on each row made an import of 100,000 products twice as slow.
CREATE TABLE catalog_product (
    version        BIGINT            NOT NULL,
    code           VARCHAR(64)       NOT NULL,
    position       INT               NOT NULL CHECK (position >= 0),
    name           CHARACTER VARYING NOT NULL,
    price_cents    BIGINT            NOT NULL CHECK (price_cents > 0),
    vat_hundredths INT               NOT NULL CHECK (vat_hundredths BETWEEN 0 AND 10000),
    on_sale        BOOLEAN           NOT NULL,
    PRIMARY KEY (version, code)
);

-- A version's barcodes in canonical form (EAN-13 or EAN-8 digits), each of one product; position
-- is its place among that product's barcodes.
CREATE TABLE catalog_barcode (
    version  BIGINT      NOT NULL,
    barcode  VARCHAR(13) NOT NULL,
    code     VARCHAR(64) NOT NULL,
    position INT         NOT NULL CHECK (position >= 0),
    PRIMARY KEY (version, barcode)
);

-- The catalog version a basket was opened under, which prices it to its end, and the one a sale
-- was priced with. Baskets and sales of the releases before catalog versions are on version 1:
-- the first catalog a server publishes after the upgrade (its file's, or the built-in one).
ALTER TABLE basket ADD COLUMN catalog_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE sale ADD COLUMN catalog_version BIGINT NOT NULL DEFAULT 1;
