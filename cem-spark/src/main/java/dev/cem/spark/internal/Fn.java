package dev.cem.spark.internal;

import java.io.Serializable;

/** Serializable functional interfaces: aggregators travel to Spark executors. */
public final class Fn {
  private Fn() {}

  /** A serializable supplier. */
  @FunctionalInterface
  public interface Create<A> extends Serializable {
    A get();
  }

  /** Adds one input to an accumulator; throws {@code CemArgumentException} for an invalid one. */
  @FunctionalInterface
  public interface Add<A, I> extends Serializable {
    void add(A accumulator, I input);
  }

  /** Merges the second accumulator into the first. */
  @FunctionalInterface
  public interface Merge<A> extends Serializable {
    void merge(A into, A from);
  }

  /** A serializable function. */
  @FunctionalInterface
  public interface Map<T, R> extends Serializable {
    R apply(T value);
  }

  /** Builds a result from an accumulator and its rejected count (null when unknown). */
  @FunctionalInterface
  public interface Finish<A, R> extends Serializable {
    R finish(A accumulator, @org.jspecify.annotations.Nullable Long rejected);
  }
}
