package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cem.core.internal.Keys;
import java.util.List;

/**
 * The department that owns a touchpoint: billing, marketing, logistics and so on. A journey that
 * crosses departments is where hand-offs go wrong, so ownership is part of every touchpoint.
 *
 * <p>Departments are an open set: use a constant or {@code Department.of("claims")}. Ids are
 * canonicalised to lower case with hyphens, so {@code Department.of("CALL_CENTRE")} equals
 * {@link #CALL_CENTRE}.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Two departments are equal
 * when their canonical ids are equal; the natural order is by id.
 *
 * @param id the canonical id, e.g. {@code "call-centre"}; not null
 */
public record Department(String id) implements Comparable<Department> {

  public static final Department BILLING = new Department("billing");
  public static final Department MARKETING = new Department("marketing");
  public static final Department LOGISTICS = new Department("logistics");
  public static final Department CALL_CENTRE = new Department("call-centre");
  public static final Department PARTNERS = new Department("partners");
  public static final Department SALES = new Department("sales");
  public static final Department IT = new Department("it");
  public static final Department CUSTOMER_SERVICE = new Department("customer-service");
  public static final Department PRODUCT = new Department("product");
  public static final Department LEGAL = new Department("legal");

  private static final ImmutableList<Department> BUILT_INS =
      ImmutableList.of(
          BILLING,
          MARKETING,
          LOGISTICS,
          CALL_CENTRE,
          PARTNERS,
          SALES,
          IT,
          CUSTOMER_SERVICE,
          PRODUCT,
          LEGAL);

  /**
   * Canonicalises the id.
   *
   * @throws CemArgumentException if the id is blank, too long or holds characters other than
   *     letters, digits, '.', '_', '-' and ':'
   */
  public Department {
    id = Keys.normalize(id, "department id");
  }

  /**
   * Returns the department with the given id, built-in or custom.
   *
   * @param id the id, any case, '_' or '-'; not null
   */
  public static Department of(String id) {
    return new Department(checkNotNull(id, "id"));
  }

  /** The built-in departments in declaration order. */
  public static List<Department> builtIns() {
    return BUILT_INS;
  }

  /** Returns true for the built-in departments. */
  public boolean isBuiltIn() {
    return BUILT_INS.contains(this);
  }

  @Override
  public int compareTo(Department other) {
    return id.compareTo(other.id);
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
