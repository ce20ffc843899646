package dev.cem.core;

import static dev.cem.core.internal.Checks.checkArgument;
import static dev.cem.core.internal.Checks.checkNonNegative;

/**
 * What a {@link JourneyAssembler} run did with its input: nothing is dropped without being
 * counted here. Every interaction read is either in exactly one journey ({@link
 * #interactionsUsed()}), a dropped duplicate, or dropped as out of order.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param interactionsRead interactions given to the assembler
 * @param duplicatesDropped interactions dropped because an earlier one had the same id (in
 *     streaming mode: the same id within the same customer)
 * @param conflictingDuplicates of the dropped duplicates, those whose content differed from the
 *     interaction kept, a sign of inconsistent source data
 * @param outOfOrderDropped interactions dropped under {@link
 *     JourneyAssembler.OutOfOrderPolicy#DROP_AND_COUNT}; always 0 in memory
 * @param journeysEmitted journeys produced
 */
public record AssemblyReport(
    long interactionsRead,
    long duplicatesDropped,
    long conflictingDuplicates,
    long outOfOrderDropped,
    long journeysEmitted) {

  /** @throws CemArgumentException if a count is negative or the counts are inconsistent */
  public AssemblyReport {
    checkNonNegative(interactionsRead, "interactions read");
    checkNonNegative(duplicatesDropped, "duplicates dropped");
    checkNonNegative(conflictingDuplicates, "conflicting duplicates");
    checkNonNegative(outOfOrderDropped, "out-of-order dropped");
    checkNonNegative(journeysEmitted, "journeys emitted");
    checkArgument(
        conflictingDuplicates <= duplicatesDropped,
        "conflicting duplicates (%d) must be at most duplicates dropped (%d)",
        conflictingDuplicates,
        duplicatesDropped);
    checkArgument(
        duplicatesDropped + outOfOrderDropped <= interactionsRead,
        "dropped interactions (%d duplicates + %d out of order) must be at most those read (%d)",
        duplicatesDropped,
        outOfOrderDropped,
        interactionsRead);
  }

  /** Interactions that ended up in a journey: read minus dropped. */
  public long interactionsUsed() {
    return interactionsRead - duplicatesDropped - outOfOrderDropped;
  }
}
