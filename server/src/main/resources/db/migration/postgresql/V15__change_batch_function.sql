-- A batch of basket changes in one call (see ChangeBatch): each change is basket_change's (V10), run
-- in a block of its own, in the order given. A change the store refuses (LN404, LN410, LN409, LN422)
-- is undone alone, its operation id too, and answered with its SQLSTATE and message; the others stay.
-- Any other error fails the call, and the caller's transaction with it. Answers, change by change
-- (o_change, from 1), basket_change's rows, or one row with the refusal. basket_change stays as it
-- was, for a change made alone.
CREATE FUNCTION basket_changes(p_id_high bigint[], p_id_low bigint[], p_product varchar[], p_delta integer[],
                               p_operation_high bigint[], p_operation_low bigint[], p_now bigint[],
                               p_max integer, p_catalog_version bigint[])
    RETURNS TABLE (o_change integer, o_refusal varchar, o_message text, o_version bigint,
                   o_catalog_version bigint, o_product varchar, o_quantity integer)
    LANGUAGE plpgsql AS
$$
BEGIN
    FOR i IN 1 .. COALESCE(array_length(p_id_high, 1), 0) LOOP
        BEGIN
            RETURN QUERY SELECT i, NULL::varchar, NULL::text, c.v, c.cv, c.p, c.q
                FROM basket_change(p_id_high[i], p_id_low[i], p_product[i], p_delta[i], p_operation_high[i],
                                   p_operation_low[i], p_now[i], p_max, p_catalog_version[i]) AS c (v, cv, p, q);
        EXCEPTION
            WHEN SQLSTATE 'LN404' OR SQLSTATE 'LN410' OR SQLSTATE 'LN409' OR SQLSTATE 'LN422' THEN
                RETURN QUERY SELECT i, SQLSTATE::varchar, SQLERRM, NULL::bigint, NULL::bigint, NULL::varchar,
                    NULL::integer;
        END;
    END LOOP;
END
$$;
