package dev.cem.maturity;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.abbreviate;
import static dev.cem.core.internal.Checks.checkId;
import static dev.cem.core.internal.Checks.format;

import dev.cem.core.CemArgumentException;
import dev.cem.metrics.Estimate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A rule that reads one metric result and suggests an answer level for a criterion.
 *
 * <p>The rule is met when the comparison {@code subject operator threshold} holds (if an operator
 * is given) and the bundle status of the metric equals {@code status} (if a status is given,
 * compared case-insensitively). The subject is the estimate's value by default, or its sample
 * size, lower or upper bound. Examples:
 *
 * <ul>
 *   <li>{@code information-repeat-rate value < 10}: customers rarely repeat themselves;
 *   <li>{@code nps n >= 30}: NPS is measured on a usable sample;
 *   <li>{@code cx-index status GREEN}: the composite index meets its target.
 * </ul>
 *
 * <p>An empty estimate, or an absent metric, gives no evidence. An estimate with fewer than
 * {@code minN} observations gives "insufficient sample", never a suggestion.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param metric the metric id, e.g. {@code "nps"}; not null
 * @param subject what is compared; not null
 * @param operator the comparison, or null when the rule only checks {@code status}
 * @param threshold the right-hand side of the comparison; NaN when there is no operator
 * @param minN the least sample size to trust, 0 for none
 * @param status the required bundle status, e.g. {@code "GREEN"}, or null
 * @param levelWhenMet the answer level suggested when the rule is met; not null
 * @param levelWhenNotMet the level suggested when it is not met, or null for no suggestion
 */
public record EvidenceRule(
    String metric,
    Subject subject,
    @Nullable Operator operator,
    double threshold,
    long minN,
    @Nullable String status,
    String levelWhenMet,
    @Nullable String levelWhenNotMet) {

  /** What part of the estimate a rule compares. */
  public enum Subject {
    VALUE,
    N,
    LOWER,
    UPPER;

    double of(Estimate e) {
      switch (this) {
        case N:
          return e.n();
        case LOWER:
          return e.lower();
        case UPPER:
          return e.upper();
        default:
          return e.value();
      }
    }
  }

  /** A comparison operator, written as its symbol ({@code <, <=, >, >=, ==}) in documents. */
  public enum Operator {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("==");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** The operator's symbol, e.g. {@code ">="}. */
    public String symbol() {
      return symbol;
    }

    /** Applies the operator; false whenever an operand is NaN. */
    public boolean test(double left, double right) {
      switch (this) {
        case LT:
          return left < right;
        case LE:
          return left <= right;
        case GT:
          return left > right;
        case GE:
          return left >= right;
        default:
          return left == right;
      }
    }

    /**
     * Parses a symbol or a name ({@code ">="} or {@code "GE"}, any case).
     *
     * @throws dev.cem.core.CemArgumentException naming the value and the allowed forms
     */
    public static Operator parse(String text) {
      checkNotNull(text, "text");
      for (Operator op : values()) {
        if (op.symbol.equals(text.trim()) || op.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
          return op;
        }
      }
      throw new CemArgumentException(
          format(
              "operator ('%s') must be one of <, <=, >, >=, == (or LT, LE, GT, GE, EQ)",
              abbreviate(text)));
    }
  }

  public EvidenceRule {
    checkId(metric, "evidence metric id");
    checkNotNull(subject, "subject");
    checkId(levelWhenMet, "evidence levelWhenMet");
    if (levelWhenNotMet != null) {
      checkId(levelWhenNotMet, "evidence levelWhenNotMet");
    }
    checkArgument(
        operator != null || status != null,
        "evidence rule on metric '%s' needs an operator with a threshold, a status, or both",
        metric);
    if (operator != null) {
      checkArgument(
          Double.isFinite(threshold),
          "evidence rule on metric '%s' threshold (%s) must be a finite number",
          metric,
          threshold);
    } else {
      checkArgument(
          Double.isNaN(threshold),
          "evidence rule on metric '%s' has a threshold (%s) but no operator",
          metric,
          threshold);
    }
    checkArgument(minN >= 0, "evidence rule on metric '%s' minN (%d) must be >= 0", metric, minN);
    if (status != null) {
      checkId(status, "evidence status");
    }
  }

  /** A rule comparing the estimate's value: {@code value operator threshold}. */
  public static EvidenceRule compare(
      String metric,
      Operator operator,
      double threshold,
      String levelWhenMet,
      @Nullable String levelWhenNotMet) {
    return new EvidenceRule(
        metric, Subject.VALUE, operator, threshold, 0, null, levelWhenMet, levelWhenNotMet);
  }

  /** A rule on the bundle status of a metric, e.g. {@code cx-index} is {@code GREEN}. */
  public static EvidenceRule status(
      String metric, String status, String levelWhenMet, @Nullable String levelWhenNotMet) {
    return new EvidenceRule(
        metric, Subject.VALUE, null, Double.NaN, 0, status, levelWhenMet, levelWhenNotMet);
  }

  /** Returns this rule comparing another subject of the estimate. */
  public EvidenceRule withSubject(Subject newSubject) {
    return new EvidenceRule(
        metric, newSubject, operator, threshold, minN, status, levelWhenMet, levelWhenNotMet);
  }

  /** Returns this rule with a minimum sample size. */
  public EvidenceRule withMinN(long newMinN) {
    return new EvidenceRule(
        metric, subject, operator, threshold, newMinN, status, levelWhenMet, levelWhenNotMet);
  }

  /** A short human-readable form, e.g. {@code "nps n >= 30"}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(metric);
    if (operator != null) {
      sb.append(' ')
          .append(subject.name().toLowerCase(Locale.ROOT))
          .append(' ')
          .append(operator.symbol())
          .append(' ')
          .append(formatNumber(threshold));
    }
    if (status != null) {
      sb.append(operator != null ? " and status " : " status ").append(status);
    }
    if (minN > 0) {
      sb.append(" (n >= ").append(minN).append(')');
    }
    return sb.toString();
  }

  /** Whole numbers as such; others rounded to four significant digits, e.g. -12.1 or 79.98. */
  static String formatNumber(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    if (!Double.isFinite(x)) {
      return format("%s", x);
    }
    return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
