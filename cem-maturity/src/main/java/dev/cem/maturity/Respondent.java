package dev.cem.maturity;

import static dev.cem.core.internal.Checks.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Who answered an assessment: a name or a role, and a department. At least one of the three is
 * given.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param name a person's name, or null
 * @param role a role such as "Head of billing", or null
 * @param department a department such as "billing" or "call centre", or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Respondent(@Nullable String name, @Nullable String role, @Nullable String department) {

  /** The respondent of an assessment that names nobody. */
  public static final Respondent ANONYMOUS = new Respondent(null, "anonymous", null);

  public Respondent {
    checkArgument(
        notBlank(name) || notBlank(role) || notBlank(department),
        "a respondent needs a name, a role or a department");
  }

  /** A respondent known by role and department. */
  public static Respondent of(String role, @Nullable String department) {
    return new Respondent(null, role, department);
  }

  /** The department if given, else the name, else the role: how panels label a respondent. */
  @JsonIgnore
  public String label() {
    if (notBlank(department)) {
      return department;
    }
    return notBlank(name) ? name : role;
  }

  private static boolean notBlank(@Nullable String s) {
    return s != null && !s.isBlank();
  }
}
