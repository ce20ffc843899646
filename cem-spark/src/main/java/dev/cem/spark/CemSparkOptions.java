package dev.cem.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.cem.core.CemArgumentException;
import dev.cem.core.Scale;
import dev.cem.metrics.Estimate;
import dev.cem.metrics.InvalidRowPolicy;
import dev.cem.metrics.NpsInterval;
import dev.cem.metrics.ProportionInterval;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the cem Spark functions: the confidence level and interval methods of the results,
 * the CSAT scale and top box, and what an invalid input does.
 *
 * <h3>Bad input</h3>
 *
 * A null input is "no value": it is not counted for that metric (a row may have an NPS score and no
 * CSAT score). A value the library does not accept (an NPS score of 11 or 9.5, a CSAT score off its
 * scale, an FCR flag other than 0 or 1, a negative duration, NaN) is, under {@link
 * InvalidRowPolicy#SKIP_AND_COUNT} (the default), left out and counted in the result's {@code
 * rejected} field; under {@link InvalidRowPolicy#FAIL} ({@link #strict()}) the Spark job fails with
 * the function's name and a message naming the field, the value and what is allowed.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 */
public final class CemSparkOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final CemSparkOptions DEFAULTS =
      new CemSparkOptions(
          Estimate.DEFAULT_CONFIDENCE,
          NpsInterval.ADJUSTED_WALD,
          ProportionInterval.WILSON,
          InvalidRowPolicy.SKIP_AND_COUNT,
          Scale.CSAT.name(),
          Scale.CSAT.min(),
          Scale.CSAT.max(),
          2);

  private final double confidence;
  private final NpsInterval npsInterval;
  private final ProportionInterval proportionInterval;
  private final InvalidRowPolicy invalidValues;
  private final String csatScaleName;
  private final int csatMin;
  private final int csatMax;
  private final int csatBox;

  private CemSparkOptions(
      double confidence,
      NpsInterval npsInterval,
      ProportionInterval proportionInterval,
      InvalidRowPolicy invalidValues,
      String csatScaleName,
      int csatMin,
      int csatMax,
      int csatBox) {
    this.confidence = confidence;
    this.npsInterval = npsInterval;
    this.proportionInterval = proportionInterval;
    this.invalidValues = invalidValues;
    this.csatScaleName = csatScaleName;
    this.csatMin = csatMin;
    this.csatMax = csatMax;
    this.csatBox = csatBox;
  }

  /**
   * 95% intervals, adjusted Wald for NPS, Wilson for proportions, CSAT top-2-box on 1..5, and
   * {@link InvalidRowPolicy#SKIP_AND_COUNT}.
   */
  public static CemSparkOptions defaults() {
    return DEFAULTS;
  }

  /** The defaults with {@link InvalidRowPolicy#FAIL}: the first invalid value fails the job. */
  public static CemSparkOptions strict() {
    return DEFAULTS.withInvalidValues(InvalidRowPolicy.FAIL);
  }

  /** The confidence level of every interval. */
  public double confidence() {
    return confidence;
  }

  public NpsInterval npsInterval() {
    return npsInterval;
  }

  public ProportionInterval proportionInterval() {
    return proportionInterval;
  }

  /** What an invalid (out-of-range, non-finite) input does. */
  public InvalidRowPolicy invalidValues() {
    return invalidValues;
  }

  /** The CSAT scale. */
  public Scale csatScale() {
    return Scale.of(csatScaleName, csatMin, csatMax);
  }

  /** How many top points of the CSAT scale count as satisfied. */
  public int csatBox() {
    return csatBox;
  }

  /**
   * With another confidence level.
   *
   * @throws CemArgumentException unless strictly between 0 and 1
   */
  public CemSparkOptions withConfidence(double value) {
    if (!(value > 0 && value < 1)) {
      throw new CemArgumentException(
          String.format(Locale.ROOT, "confidence (%s) must be between 0 and 1, exclusive", value));
    }
    return new CemSparkOptions(
        value, npsInterval, proportionInterval, invalidValues, csatScaleName, csatMin, csatMax,
        csatBox);
  }

  /** With another NPS interval method; not null. */
  public CemSparkOptions withNpsInterval(NpsInterval method) {
    return new CemSparkOptions(
        confidence, checkNotNull(method, "method"), proportionInterval, invalidValues,
        csatScaleName, csatMin, csatMax, csatBox);
  }

  /** With another interval method for proportions (CSAT top box, FCR, SLA); not null. */
  public CemSparkOptions withProportionInterval(ProportionInterval method) {
    return new CemSparkOptions(
        confidence, npsInterval, checkNotNull(method, "method"), invalidValues, csatScaleName,
        csatMin, csatMax, csatBox);
  }

  /** With another policy for invalid inputs; not null. */
  public CemSparkOptions withInvalidValues(InvalidRowPolicy policy) {
    return new CemSparkOptions(
        confidence, npsInterval, proportionInterval, checkNotNull(policy, "policy"),
        csatScaleName, csatMin, csatMax, csatBox);
  }

  /**
   * With another CSAT scale and top box.
   *
   * @param scale the CSAT scale; not null
   * @param box how many top points count as satisfied, 1 to points - 1
   * @throws CemArgumentException if the box is out of range
   */
  public CemSparkOptions withCsat(Scale scale, int box) {
    checkNotNull(scale, "scale");
    scale.topBoxThreshold(box);
    return new CemSparkOptions(
        confidence, npsInterval, proportionInterval, invalidValues, scale.name(), scale.min(),
        scale.max(), box);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CemSparkOptions)) {
      return false;
    }
    CemSparkOptions other = (CemSparkOptions) o;
    return Double.compare(confidence, other.confidence) == 0
        && npsInterval == other.npsInterval
        && proportionInterval == other.proportionInterval
        && invalidValues == other.invalidValues
        && csatScaleName.equals(other.csatScaleName)
        && csatMin == other.csatMin
        && csatMax == other.csatMax
        && csatBox == other.csatBox;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        confidence, npsInterval, proportionInterval, invalidValues, csatScaleName, csatMin,
        csatMax, csatBox);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CemSparkOptions[confidence=%s, nps=%s, proportion=%s, invalid=%s, csat=%s %d..%d top-%d]",
        confidence,
        npsInterval.methodName(),
        proportionInterval.methodName(),
        invalidValues,
        csatScaleName,
        csatMin,
        csatMax,
        csatBox);
  }
}
