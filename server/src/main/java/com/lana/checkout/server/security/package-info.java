/**
 * Who may act at a till: PINs hashed with the server's pepper, and clerks signing in with them, with a
 * lock after too many wrong PINs. Below the service, above the stores; it knows nothing of RMI, the
 * command line or meters.
 */
package com.lana.checkout.server.security;
