package dev.cem.spark.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.InvalidRowPolicy;
import java.util.Locale;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;

/**
 * A Spark {@link Aggregator} over one library accumulator: {@code zero} creates it, {@code reduce}
 * adds one input, {@code merge} is the accumulator's checked merge and {@code finish} builds the
 * result from a snapshot. Nothing here computes a statistic.
 *
 * <p>A null input is "no value" and is not counted. An input that the accumulator rejects (a
 * {@link CemArgumentException}) is counted as rejected under {@link
 * InvalidRowPolicy#SKIP_AND_COUNT}, or fails the task under {@link InvalidRowPolicy#FAIL} with the
 * function name and the library's message.
 *
 * @param <I> the input type (one column, or a tuple or row for several)
 * @param <A> the accumulator type
 * @param <O> the output type
 */
public final class CemAggregator<I, A, O> extends Aggregator<I, AccumulatorBuffer, O> {
  private static final long serialVersionUID = 1L;

  private final String function;
  private final Family<A> family;
  private final Fn.Add<A, I> add;
  private final Fn.Finish<A, O> finish;
  private final Encoder<O> outputEncoder;
  private final InvalidRowPolicy policy;
  private final boolean countRejections;

  /**
   * @param function the SQL function name, used in messages
   * @param family the accumulator family
   * @param add adds one non-null input; throws CemArgumentException for an invalid input
   * @param finish the result from the accumulator and the rejected count
   * @param outputEncoder the encoder of the result
   * @param policy what to do with an invalid input
   * @param countRejections false for inputs that are never "bad values" (merging images): then
   *     every CemException fails the task
   */
  public CemAggregator(
      String function,
      Family<A> family,
      Fn.Add<A, I> add,
      Fn.Finish<A, O> finish,
      Encoder<O> outputEncoder,
      InvalidRowPolicy policy,
      boolean countRejections) {
    this.function = checkNotNull(function, "function");
    this.family = checkNotNull(family, "family");
    this.add = checkNotNull(add, "add");
    this.finish = checkNotNull(finish, "finish");
    this.outputEncoder = checkNotNull(outputEncoder, "outputEncoder");
    this.policy = checkNotNull(policy, "policy");
    this.countRejections = countRejections;
  }

  /** The SQL function name. */
  public String function() {
    return function;
  }

  @Override
  public AccumulatorBuffer zero() {
    return AccumulatorBuffer.empty(family);
  }

  @Override
  public AccumulatorBuffer reduce(AccumulatorBuffer buffer, @Nullable I input) {
    if (input == null) {
      return buffer;
    }
    A acc = buffer.accumulator(family);
    try {
      add.add(acc, input);
    } catch (CemArgumentException e) {
      if (!countRejections || policy == InvalidRowPolicy.FAIL) {
        throw new CemArgumentException(
            String.format(Locale.ROOT, "%s: %s", function, e.getMessage()), e);
      }
      buffer.reject();
    }
    return buffer;
  }

  @Override
  public AccumulatorBuffer merge(AccumulatorBuffer into, AccumulatorBuffer from) {
    if (into == from) {
      return into;
    }
    family.merge(into.accumulator(family), from.accumulator(family));
    into.addRejected(from.getRejected());
    return into;
  }

  @Override
  public O finish(AccumulatorBuffer buffer) {
    return finish.finish(buffer.accumulator(family), countRejections ? buffer.getRejected() : null);
  }

  @Override
  public Encoder<AccumulatorBuffer> bufferEncoder() {
    return Encoders.bean(AccumulatorBuffer.class);
  }

  @Override
  public Encoder<O> outputEncoder() {
    return outputEncoder;
  }
}
