package dev.cem.cli.io;

import dev.cem.core.CemFormatException;

/**
 * One input row cannot be used. The message names the file, the line and the column or field; the
 * reason is a short stable key (such as {@code "nps: out of range"}) under which rejected rows are
 * counted when invalid rows are skipped.
 */
public final class InvalidRowException extends CemFormatException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public InvalidRowException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The key under which this rejection is counted. */
  public String reason() {
    return reason;
  }
}
