package dev.cem.cli.io;

/** What to do with an invalid input row. */
public enum OnInvalid {
  /** Stop with exit code 2 and a message naming the file, line and field. */
  FAIL,
  /** Skip the row and count it under its reason. */
  SKIP
}
