package dev.cem.spark.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;

/**
 * How to create, merge and (de)serialise one kind of library accumulator. The binary form is the
 * accumulator's own versioned image ({@code toByteArray}/{@code fromByteArray}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <A> the accumulator type
 */
public final class Family<A> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final Fn.Create<A> create;
  private final Fn.Merge<A> merge;
  private final Fn.Map<A, byte[]> encode;
  private final Fn.Map<byte[], A> decode;

  public Family(
      String name,
      Fn.Create<A> create,
      Fn.Merge<A> merge,
      Fn.Map<A, byte[]> encode,
      Fn.Map<byte[], A> decode) {
    this.name = checkNotNull(name, "name");
    this.create = checkNotNull(create, "create");
    this.merge = checkNotNull(merge, "merge");
    this.encode = checkNotNull(encode, "encode");
    this.decode = checkNotNull(decode, "decode");
  }

  /** The family name used in messages, e.g. "nps". */
  public String name() {
    return name;
  }

  /** A new empty accumulator. */
  public A create() {
    return create.get();
  }

  /** Merges {@code from} into {@code into} (the library's checked merge). */
  public void merge(A into, A from) {
    merge.merge(into, from);
  }

  /** The versioned binary image. */
  public byte[] encode(A accumulator) {
    return encode.apply(accumulator);
  }

  /** Reads a versioned binary image; throws {@code CemFormatException} if it is not one. */
  public A decode(byte[] image) {
    return decode.apply(image);
  }
}
