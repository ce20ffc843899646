package dev.cem.core;

/**
 * The root of every exception cem throws on purpose, so a host can catch all of them with one
 * clause.
 *
 * <p>Like Apache DataSketches, cem chooses its own root over the JDK's exceptions: the price is
 * that {@link CemArgumentException} is not an {@link IllegalArgumentException}. Null arguments
 * are the one exception to the rule: they raise {@link NullPointerException}, as in the JDK.
 */
public class CemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CemException(String message) {
    super(message);
  }

  public CemException(String message, Throwable cause) {
    super(message, cause);
  }
}
