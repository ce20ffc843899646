package dev.cem.core;

/**
 * An argument or a value in the data is outside what is allowed. The message names the field,
 * shows the value and states what is allowed, for example {@code "score (11) must be between 0
 * and 10"}.
 */
public class CemArgumentException extends CemException {
  private static final long serialVersionUID = 1L;

  public CemArgumentException(String message) {
    super(message);
  }

  public CemArgumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
