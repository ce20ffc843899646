package dev.cem.core;

/**
 * An operation is not allowed in the object's current state, for example merging an accumulator
 * into itself or setting bundle weights twice.
 */
public class CemStateException extends CemException {
  private static final long serialVersionUID = 1L;

  public CemStateException(String message) {
    super(message);
  }
}
