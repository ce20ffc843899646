package dev.cem.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cem.core.internal.Keys;
import java.util.List;

/**
 * A channel through which a customer and the company meet: web, phone, store and so on.
 *
 * <p>Channels are an open set. The built-in constants cover the usual channels; a host adds its
 * own by id, e.g. {@code Channel.of("kiosk")}. Ids are canonicalised to lower case with hyphens,
 * so {@code Channel.of("MOBILE_APP")} equals {@link #MOBILE_APP}.
 *
 * <p>The built-in channels carry two facts used by the metrics: whether the channel is
 * <em>digital</em> and whether it is <em>self-service</em> (no employee involved) or
 * <em>assisted</em>. A custom channel is neither digital, self-service nor assisted, because cem
 * does not know it; classify such channels in the host if a metric needs it.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type. Two channels are equal
 * when their canonical ids are equal; the natural order is by id.
 *
 * @param id the canonical id, e.g. {@code "mobile-app"}; not null
 */
public record Channel(String id) implements Comparable<Channel> {

  /** The company web site. Digital, self-service. */
  public static final Channel WEB = new Channel("web");
  /** The company mobile app. Digital, self-service. */
  public static final Channel MOBILE_APP = new Channel("mobile-app");
  /** E-mail. Digital, assisted. */
  public static final Channel EMAIL = new Channel("email");
  /** Live chat with an agent. Digital, assisted. */
  public static final Channel CHAT = new Channel("chat");
  /** Telephone, including the call centre. Assisted. */
  public static final Channel PHONE = new Channel("phone");
  /** Social media care. Digital, assisted. */
  public static final Channel SOCIAL = new Channel("social");
  /** A physical store or branch. Assisted. */
  public static final Channel STORE = new Channel("store");
  /** A technician or courier at the customer's site. Assisted. */
  public static final Channel FIELD_SERVICE = new Channel("field-service");
  /** A self-service portal or knowledge base. Digital, self-service. */
  public static final Channel SELF_SERVICE_PORTAL = new Channel("self-service-portal");
  /** A customer community or forum. Digital, self-service. */
  public static final Channel COMMUNITY = new Channel("community");

  private static final ImmutableList<Channel> BUILT_INS =
      ImmutableList.of(
          WEB,
          MOBILE_APP,
          EMAIL,
          CHAT,
          PHONE,
          SOCIAL,
          STORE,
          FIELD_SERVICE,
          SELF_SERVICE_PORTAL,
          COMMUNITY);
  private static final ImmutableSet<Channel> DIGITAL =
      ImmutableSet.of(WEB, MOBILE_APP, EMAIL, CHAT, SOCIAL, SELF_SERVICE_PORTAL, COMMUNITY);
  private static final ImmutableSet<Channel> SELF_SERVICE =
      ImmutableSet.of(WEB, MOBILE_APP, SELF_SERVICE_PORTAL, COMMUNITY);

  /**
   * Canonicalises the id.
   *
   * @throws CemArgumentException if the id is blank, longer than 200 characters or holds other
   *     characters than letters, digits, '.', '_', '-' and ':'
   */
  public Channel {
    id = Keys.normalize(id, "channel id");
  }

  /**
   * Returns the channel with the given id, built-in or custom.
   *
   * @param id the id, any case, '_' or '-'; not null
   */
  public static Channel of(String id) {
    return new Channel(checkNotNull(id, "id"));
  }

  /** The built-in channels in declaration order. */
  public static List<Channel> builtIns() {
    return BUILT_INS;
  }

  /** Returns true for the built-in channels, false for custom ones. */
  public boolean isBuiltIn() {
    return BUILT_INS.contains(this);
  }

  /** Returns true for the built-in digital channels; false for custom channels. */
  public boolean isDigital() {
    return DIGITAL.contains(this);
  }

  /**
   * Returns true for built-in channels where the customer serves themselves (web, app, portal,
   * community); false for custom channels.
   */
  public boolean isSelfService() {
    return SELF_SERVICE.contains(this);
  }

  /**
   * Returns true for built-in channels where an employee serves the customer (e-mail, chat,
   * phone, social, store, field service); false for custom channels.
   */
  public boolean isAssisted() {
    return isBuiltIn() && !isSelfService();
  }

  @Override
  public int compareTo(Channel other) {
    return id.compareTo(other.id);
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
