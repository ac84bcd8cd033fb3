-- The clerk who made a sale or refund: null for those made before clerks were known (all of them when
-- this runs) and for those no clerk signed in to. Their till is version 13's column.
ALTER TABLE sale ADD COLUMN clerk varchar(64);
ALTER TABLE refund ADD COLUMN clerk varchar(64);

-- A shift's report reads its till's sales and refunds between its opening and closing.
CREATE INDEX sale_till_time ON sale (till, sold_at);
CREATE INDEX refund_till_time ON refund (till, refunded_at);
