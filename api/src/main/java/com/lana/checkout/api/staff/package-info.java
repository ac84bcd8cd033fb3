/**
 * The shop's staff as the checkout knows them: clerks, their roles and why a sign-in was refused.
 * Nothing here carries a PIN or its hash. JShell users add {@code import com.lana.checkout.api.staff.*}.
 */
package com.lana.checkout.api.staff;
