-- The change function of version 2, now also checking the catalog version the change was worked out
-- in (p_catalog_version; 0 checks none) against the basket's own, before anything is changed, and
-- answering the basket's catalog version on every row. A new refusal joins the store's SQLSTATEs:
--   LN409 the basket is of another catalog version (message: the basket's version).
-- Its signature changes, so the old function goes.
DROP FUNCTION basket_change(bigint, bigint, varchar, integer, bigint, bigint, bigint, integer);

CREATE FUNCTION basket_change(p_id_high bigint, p_id_low bigint, p_product varchar, p_delta integer,
                              p_operation_high bigint, p_operation_low bigint, p_now bigint, p_max integer,
                              p_catalog_version bigint)
    RETURNS TABLE (o_version bigint, o_catalog_version bigint, o_product varchar, o_quantity integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    v_state           varchar;
    v_version         bigint;
    v_catalog_version bigint;
    v_new             boolean := true;
    v_current         integer;
    v_updated         bigint;
BEGIN
    SELECT b.state, b.version, b.catalog_version INTO v_state, v_version, v_catalog_version
    FROM basket b WHERE b.id_high = p_id_high AND b.id_low = p_id_low
    FOR UPDATE;
    IF NOT FOUND OR v_state = 'REMOVED' THEN
        RAISE EXCEPTION 'no open basket' USING ERRCODE = 'LN404';
    ELSIF v_state = 'EXPIRED' THEN
        RAISE EXCEPTION 'basket expired' USING ERRCODE = 'LN410';
    ELSIF p_catalog_version <> 0 AND p_catalog_version <> v_catalog_version THEN
        RAISE EXCEPTION '%', v_catalog_version USING ERRCODE = 'LN409';
    END IF;

    IF p_operation_high IS NOT NULL THEN
        INSERT INTO basket_operation (basket_high, basket_low, operation_high, operation_low)
        VALUES (p_id_high, p_id_low, p_operation_high, p_operation_low)
        ON CONFLICT DO NOTHING;
        v_new := FOUND;
    END IF;

    IF v_new THEN
        SELECT l.quantity INTO v_current
        FROM basket_line l WHERE l.basket_high = p_id_high AND l.basket_low = p_id_low AND l.product = p_product;
        v_current := COALESCE(v_current, 0);
        v_updated := v_current::bigint + p_delta;
        IF v_updated < 0 OR v_updated > p_max THEN
            RAISE EXCEPTION '%', v_current USING ERRCODE = 'LN422';
        END IF;
        v_version := v_version + 1;
        IF v_current = 0 AND v_updated > 0 THEN
            INSERT INTO basket_line (basket_high, basket_low, product, position, quantity)
            VALUES (p_id_high, p_id_low, p_product, v_version, v_updated);
        ELSIF v_current > 0 AND v_updated = 0 THEN
            DELETE FROM basket_line l
            WHERE l.basket_high = p_id_high AND l.basket_low = p_id_low AND l.product = p_product;
        ELSIF v_current > 0 THEN
            UPDATE basket_line l SET quantity = v_updated
            WHERE l.basket_high = p_id_high AND l.basket_low = p_id_low AND l.product = p_product;
        END IF;
    END IF;
    UPDATE basket b SET version = v_version, last_used_millis = GREATEST(b.last_used_millis, p_now)
    WHERE b.id_high = p_id_high AND b.id_low = p_id_low;

    RETURN QUERY SELECT v_version, v_catalog_version, l.product, l.quantity
        FROM basket_line l WHERE l.basket_high = p_id_high AND l.basket_low = p_id_low
        ORDER BY l.position;
    IF NOT FOUND THEN
        RETURN QUERY SELECT v_version, v_catalog_version, NULL::varchar, NULL::integer;
    END IF;
END
$$;
