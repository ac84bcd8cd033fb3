package com.lana.checkout.server.store.jdbc;

/**
 * The states a basket row is in, as its {@code state} column holds them. Statements write a state
 * into their text with {@link #literal()}, not as a parameter, so that PostgreSQL can match them to
 * the partial indexes on {@code state = 'OPEN'}. The migrations, which never change once released,
 * spell the same names in the column's check constraint ({@code V1__baskets.sql}) and in the
 * {@code basket_change} function ({@code V2__change_function.sql}).
 */
enum BasketState {
    /** Open: takes changes, can be paid. */
    OPEN,
    /** Removed by a clerk, or paid: a paid basket's sale row says that it was paid, and as which sale. */
    REMOVED,
    /** Closed for being idle too long. */
    EXPIRED;

    /** The state as an SQL string literal: {@code 'OPEN'}. */
    String literal() {
        return "'" + name() + "'";
    }

    /** The state a row's {@code state} column holds. */
    static BasketState of(String column) {
        return valueOf(column);
    }
}
