package dev.cem.report.internal;

import java.util.List;
import java.util.Locale;

/**
 * Writes one SVG document: elements with escaped attributes and text, truncated labels with the
 * full text in a {@code <title>}, and the accessible root ({@code role="img"}, {@code
 * aria-labelledby} pointing at {@code <title>} and {@code <desc>}). Not API; not thread safe.
 *
 * <p>Attribute values: a {@code Double} is written with two fixed decimals ({@link Fmt#coord}),
 * other numbers with {@code toString}, strings escaped.
 */
public final class SvgBuilder {
  /** Series colours, picked in order. */
  public static final List<String> PALETTE =
      List.of("#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490");

  private final StringBuilder out = new StringBuilder(8192);
  private final String id;

  private SvgBuilder(String id) {
    this.id = id;
  }

  /**
   * Starts a chart.
   *
   * @param id a prefix for the element ids, unique within the page; sanitised to an XML name
   * @param kind the chart kind, e.g. "radar": the root gets {@code class="cem-chart cem-radar"}
   *     and {@code data-chart="radar"}
   * @param standalone true to declare the SVG namespace (a file of its own), false for inline
   *     use in HTML5, where the namespace is implied
   */
  public static SvgBuilder begin(
      String id,
      String kind,
      int width,
      int height,
      String title,
      String desc,
      boolean standalone) {
    SvgBuilder svg = new SvgBuilder(sanitizeId(id));
    svg.out.append("<svg");
    if (standalone) {
      svg.out.append(" xmlns=\"http://www.w3.org/2000/svg\"");
    }
    svg.attrs(
        "class", "cem-chart cem-" + kind,
        "data-chart", kind,
        "viewBox", "0 0 " + width + " " + height,
        "width", width,
        "height", height,
        "role", "img",
        "aria-labelledby", svg.id + "-title " + svg.id + "-desc",
        "font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
        "font-size", 12);
    svg.out.append(">\n");
    svg.element("title", title, "id", svg.id + "-title");
    svg.element("desc", desc, "id", svg.id + "-desc");
    svg.leaf("rect", "x", 0, "y", 0, "width", width, "height", height, "fill", "#ffffff",
        "class", "background");
    return svg;
  }

  /** Makes an XML name from any text: letters, digits, '-' and '_', starting with a letter. */
  public static String sanitizeId(String id) {
    StringBuilder b = new StringBuilder("c-");
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      b.append((c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) ? c : '_');
    }
    return b.toString();
  }

  /** The sanitised id prefix. */
  public String id() {
    return id;
  }

  /** Opens an element. */
  public SvgBuilder open(String tag, Object... attrs) {
    out.append('<').append(tag);
    attrs(attrs);
    out.append(">\n");
    return this;
  }

  /** Closes an element. */
  public SvgBuilder close(String tag) {
    out.append("</").append(tag).append(">\n");
    return this;
  }

  /** Writes an empty element. */
  public SvgBuilder leaf(String tag, Object... attrs) {
    out.append('<').append(tag);
    attrs(attrs);
    out.append("/>\n");
    return this;
  }

  /** Writes an element with escaped text content. */
  public SvgBuilder element(String tag, String text, Object... attrs) {
    return withText(tag, "", text, "", attrs);
  }

  /** Writes a mark (an empty element but for a {@code <title>} tooltip). */
  public SvgBuilder mark(String tag, String tooltip, Object... attrs) {
    return withText(tag, "<title>", tooltip, "</title>", attrs);
  }

  private SvgBuilder withText(String tag, String before, String text, String after,
      Object[] attrs) {
    out.append('<').append(tag);
    attrs(attrs);
    out.append('>').append(before);
    Xml.escape(text, out);
    out.append(after).append("</").append(tag).append(">\n");
    return this;
  }

  /**
   * Writes a text label, truncated to {@code maxChars} code points with an ellipsis; a truncated
   * label carries its full text in a {@code <title>} child.
   */
  public SvgBuilder label(
      double x, double y, String text, int maxChars, String anchor, String cssClass) {
    String shown = Xml.truncate(text, maxChars);
    out.append("<text");
    attrs("x", x, "y", y, "text-anchor", anchor, "class", cssClass);
    out.append('>');
    if (!shown.equals(text)) {
      out.append("<title>");
      Xml.escape(text, out);
      out.append("</title>");
    }
    Xml.escape(shown, out);
    out.append("</text>\n");
    return this;
  }

  /** Writes a visible "no data" note. */
  public SvgBuilder noData(double x, double y, String text) {
    return label(x, y, text, 90, "start", "no-data");
  }

  /** A polyline or polygon {@code points} attribute value. */
  public static String points(double[] xs, double[] ys) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(Fmt.coord(xs[i])).append(',').append(Fmt.coord(ys[i]));
    }
    return b.toString();
  }

  /** Ends the document and returns it. */
  public String end() {
    out.append("</svg>\n");
    return out.toString();
  }

  private void attrs(Object... kv) {
    if (kv.length % 2 != 0) {
      throw new IllegalStateException("attributes come in name-value pairs: " + kv.length);
    }
    for (int i = 0; i < kv.length; i += 2) {
      out.append(' ').append(kv[i]).append("=\"");
      Object v = kv[i + 1];
      if (v instanceof Double d) {
        out.append(Fmt.coord(d));
      } else if (v instanceof Number || v instanceof Boolean) {
        out.append(v.toString().toLowerCase(Locale.ROOT));
      } else {
        Xml.escape(String.valueOf(v), out);
      }
      out.append('"');
    }
  }
}
