package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.cem.core.internal.Checks.checkLabel;

import java.time.Instant;
import java.util.Optional;

/**
 * One customer's answer to one survey question about a touchpoint or a journey, e.g. an NPS
 * rating of 9 for the "move house" journey.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param customer who answered; not null
 * @param subject what the answer is about; not null
 * @param timestamp when the answer was given; not null
 * @param scale the rating scale; not null
 * @param value the rating, on the scale
 * @param comment the verbatim comment (at most {@value #MAX_COMMENT_LENGTH} characters, line
 *     breaks allowed), or empty; not null
 */
public record Response(
    CustomerId customer,
    Subject subject,
    Instant timestamp,
    Scale scale,
    int value,
    Optional<String> comment) {

  /** The longest comment accepted. */
  public static final int MAX_COMMENT_LENGTH = 10_000;

  /**
   * @throws CemArgumentException if the value is off the scale (the message names the scale, the
   *     value and the range) or the comment is blank or too long
   */
  public Response {
    checkNotNull(customer, "customer");
    checkNotNull(subject, "subject");
    checkNotNull(timestamp, "timestamp");
    checkNotNull(scale, "scale");
    scale.check(value);
    checkNotNull(comment, "comment");
    comment.ifPresent(
        text -> checkLabel(text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '),
            "comment", MAX_COMMENT_LENGTH));
  }

  /**
   * Returns a response without a comment.
   *
   * @param customer who answered; not null
   * @param subject what it is about; not null
   * @param timestamp when; not null
   * @param scale the scale; not null
   * @param value the rating, on the scale
   */
  public static Response of(
      CustomerId customer, Subject subject, Instant timestamp, Scale scale, int value) {
    return new Response(customer, subject, timestamp, scale, value, Optional.empty());
  }

  /** Returns a copy with the given comment. */
  public Response withComment(String newComment) {
    return new Response(
        customer, subject, timestamp, scale, value,
        Optional.of(checkNotNull(newComment, "newComment")));
  }

  /** Returns a copy without a comment. */
  public Response withoutComment() {
    return new Response(customer, subject, timestamp, scale, value, Optional.empty());
  }
}
