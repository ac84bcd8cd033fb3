package com.lana.checkout.server.service;

import com.lana.checkout.api.shift.TillId;

/**
 * Who does a call: the till it is made at and the clerk signed in there. A call from JShell without
 * a sign-in, or from a till that keeps no shifts, is {@link #NONE}. Immutable.
 *
 * @param till the till's id, or null for none: such a call needs no open shift
 * @param clerk the clerk's name, or null where no clerk signs in
 */
public record Actor(String till, String clerk) {

    /** No till and no clerk: calls as they were made before tills kept shifts. */
    public static final Actor NONE = new Actor(null, null);

    public Actor {
        if (till != null) {
            TillId.require(till);
        }
        if (clerk != null) {
            TillId.requireName(clerk, "clerk");
        }
    }

    /** True when the call is made at a till, which then sells only with an open shift. */
    public boolean atTill() {
        return till != null;
    }
}
