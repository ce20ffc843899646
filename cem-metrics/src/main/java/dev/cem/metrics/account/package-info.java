/**
 * Account development: products held per customer, share of wallet and potential, contact-strategy
 * compliance and the breadth of contacts per account.
 *
 * <p><b>Null policy:</b> parameters and return values are non-null unless annotated
 * {@code @Nullable}. <b>Threads:</b> results are immutable and thread-safe.
 */
@NullMarked
package dev.cem.metrics.account;

import org.jspecify.annotations.NullMarked;
