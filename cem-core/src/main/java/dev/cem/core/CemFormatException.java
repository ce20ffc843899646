package dev.cem.core;

/**
 * A document or binary image cannot be read: malformed JSON, CSV or YAML, an unknown schema
 * version, or a corrupt accumulator image. The message says where (file, line and column, or JSON
 * path) and what was expected.
 */
public class CemFormatException extends CemException {
  private static final long serialVersionUID = 1L;

  public CemFormatException(String message) {
    super(message);
  }

  public CemFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
