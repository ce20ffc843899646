package dev.cem.spark.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation buffer of every cem aggregator: a Java bean (for {@code Encoders.bean}) whose
 * only properties are the accumulator's versioned binary image and the count of rejected inputs.
 *
 * <p>Between rows the buffer holds the live accumulator, so a row costs one {@code add}; the image
 * is written only when Spark serialises the buffer (partial aggregates sent through a shuffle or
 * spilled) and read back lazily on the first access after that. See the module README for the
 * measurement against a plain {@code Encoders.BINARY} buffer.
 *
 * <p>This class is not thread safe; Spark uses one buffer per group and task.
 */
public final class AccumulatorBuffer implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient @Nullable Family<?> family;
  private transient @Nullable Object accumulator;
  private byte @Nullable [] image;
  private long rejected;

  /** An empty buffer; used by the bean encoder. */
  public AccumulatorBuffer() {}

  /** A buffer holding a new empty accumulator of {@code family}. */
  public static <A> AccumulatorBuffer empty(Family<A> family) {
    AccumulatorBuffer b = new AccumulatorBuffer();
    b.family = family;
    b.accumulator = family.create();
    return b;
  }

  /** The live accumulator, decoded from the image after deserialisation. */
  @SuppressWarnings("unchecked")
  public <A> A accumulator(Family<A> expected) {
    if (accumulator == null) {
      byte[] bytes = checkNotNull(image, "image");
      accumulator = expected.decode(bytes);
      family = expected;
      image = null;
    }
    return (A) accumulator;
  }

  /** Bean property: the versioned binary image of the accumulator. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public byte @Nullable [] getImage() {
    if (accumulator != null && family != null) {
      return ((Family) family).encode(accumulator);
    }
    return image;
  }

  /** Bean property: sets the image; the accumulator is decoded on first use. */
  public void setImage(byte @Nullable [] image) {
    this.image = image;
    this.accumulator = null;
  }

  /** Bean property: the number of rejected inputs. */
  public long getRejected() {
    return rejected;
  }

  /** Bean property. */
  public void setRejected(long rejected) {
    this.rejected = rejected;
  }

  /** Counts one more rejected input. */
  public void reject() {
    rejected = Math.addExact(rejected, 1);
  }

  /** Adds another buffer's rejections. */
  public void addRejected(long count) {
    rejected = Math.addExact(rejected, count);
  }
}
