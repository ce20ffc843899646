package dev.cem.report;

import dev.cem.metrics.Estimate;
import dev.cem.report.MaturitySection.Blocker;
import dev.cem.report.MaturitySection.Dimension;
import dev.cem.report.MaturitySection.Recommendation;
import dev.cem.report.MaturitySection.Stage;
import dev.cem.report.TrendSection.Point;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Named test data for the report module, and a secure XML parser for its SVG. */
public final class ReportTesting {
  private ReportTesting() {}

  // Estimates: n = 420 is adequate, 12 a small sample, 3 unreliable (default policy 30 / 5).
  public static final Estimate NPS_ALL = Estimate.of(32.5, 3.1, 26.4, 38.6, 0.95, 420, "nps-wald");
  public static final Estimate NPS_WEB = Estimate.of(18.0, 9.0, 0.4, 35.6, 0.95, 12, "nps-wald");
  public static final Estimate CSAT_STORE = Estimate.of(4.6, 0.3, 4.0, 5.0, 0.95, 3, "t");
  public static final Estimate CSAT_SOCIAL = Estimate.empty("t", 0.95);
  public static final Estimate BUNDLE_SCORE = Estimate.of(72.4, 2.0, 68.5, 76.3, 0.95, 900, "boot");

  /** Labels that would break a document if not escaped. */
  public static final String SCRIPT = "<script>alert('x')</script>";
  public static final String AMP_QUOTES = "R&D \"quoted\" 'single' <b>";
  public static final String PIPE_NEWLINE = "a|b\nc";
  public static final String CONTROL = "bell\u0007nul\u0000end";
  public static final String LONG =
      "A very long dimension label that cannot possibly fit beside a radar axis or bar";

  public static final Instant GENERATED_AT = Instant.parse("2026-11-23T18:00:00Z");

  public static Scorecard scorecard() {
    return Scorecard.of("Key customer indicators", List.of(
        Scorecard.Row.of("NPS", "all", NPS_ALL, "points").withTarget(30).withStatus(Status.GREEN),
        Scorecard.Row.of("NPS", "web", NPS_WEB, "points").withTarget(30).withStatus(Status.RED),
        Scorecard.Row.of("CSAT", "store", CSAT_STORE, "1-5"),
        Scorecard.Row.of("CSAT", "social", CSAT_SOCIAL, "1-5").withStatus(Status.AMBER)));
  }

  /** Contributions 30 + 25 + 17.4 = 72.4, plus one component without data. */
  public static BundleSection bundle() {
    return BundleSection.builder("Service index")
        .score(BUNDLE_SCORE)
        .status(Status.AMBER)
        .coverage(0.85)
        .component("CSAT", 75, 0.4, 30)
        .component("SLA met", 100, 0.25, 25)
        .component("NPS", 66, 0.2, 13.2)
        .component("Availability", 28, 0.15, 4.2)
        .component("Effort", Double.NaN, 0, Double.NaN)
        .build();
  }

  /** Two series over four quarters; the second misses 2026-Q2. */
  public static TrendSection trend() {
    return TrendSection.builder("NPS by quarter")
        .unit("points")
        .series("all", List.of(
            Point.of("2026-Q1", 28, 24, 32),
            Point.of("2026-Q2", 30, 26, 34),
            Point.of("2026-Q3", 31, 27, 35),
            Point.of("2026-Q4", 32.5, 26.4, 38.6)))
        .series("web", List.of(
            Point.of("2026-Q1", 15, 5, 25),
            Point.missing("2026-Q2"),
            Point.of("2026-Q3", 20, 10, 30),
            Point.of("2026-Q4", 18, 0.4, 35.6)))
        .threshold("target", 30)
        .build();
  }

  public static List<Stage> stages() {
    return List.of(
        Stage.of(0, "Not on the scale", "Nobody articulates the need for change."),
        Stage.of(1, "Initial", "Fragmented focus."),
        Stage.of(2, "Developing", "Voice of the customer validated."),
        Stage.of(3, "Defined", "Executives engaged."),
        Stage.of(4, "Managed", "Profit parity."),
        Stage.of(5, "Optimising", "Culture change."));
  }

  /** Four dimensions, so dimension i lies at 90°·i clockwise from the top. */
  public static MaturitySection maturity() {
    return MaturitySection.builder("Gartner CEM", stages().get(2))
        .stages(stages())
        .dimension(Dimension.of("Strategy", 3, 3.2).withPanel(2.5, 4.0).withDisagreement(0.6))
        .dimension(Dimension.of("Metrics", 2, 2.5))
        .dimension(Dimension.of("Process", 2, 2.0))
        .dimension(Dimension.of("Technology", 1, 1.5))
        .blocker(Blocker.of("MET-3.1", "A CX metric is reported to the board.", 3, 2))
        .recommendation(Recommendation.of("Report NPS monthly to executives", 3, "Metrics"))
        .recommendation(Recommendation.of("Map the top five journeys", 3))
        .warning("Only two respondents for Technology.")
        .build();
  }

  public static QuadrantSection quadrant() {
    return QuadrantSection.of("Importance and performance", 3.0, 3.5, List.of(
        quadrantPoint("Waiting time", 4.5, 2.8),
        quadrantPoint("Friendliness", 4.2, 4.4),
        quadrantPoint("Parking", 1.8, 2.5),
        quadrantPoint("Decor", 2.0, 4.6)));
  }

  private static QuadrantSection.Point quadrantPoint(String label, double x, double y) {
    return QuadrantSection.Point.of(label, x, y,
        QuadrantSection.Names.DEFAULT.classify(x, y, 3.0, 3.5));
  }

  public static TableSection table() {
    return new TableSection("Journeys", List.of("Journey", "Customers", "Channel switches"),
        List.of(List.of("Onboarding", "120", "1.4"), List.of("Claim", "45", "2.9")),
        "Switches per journey.");
  }

  public static TextSection text() {
    return TextSection.of("About", "Values carry intervals.", "Small samples are flagged.");
  }

  /** One section of every kind. */
  public static Report fullReport() {
    return Report.builder("CX report")
        .subtitle("Demo company, 2026")
        .generatedAt(GENERATED_AT)
        .add(scorecard())
        .add(bundle())
        .add(trend())
        .add(maturity())
        .add(quadrant())
        .add(table())
        .add(text())
        .build();
  }

  /** Every kind of section, with hostile text in every label. */
  public static Report hostileReport() {
    String[] bad = {SCRIPT, AMP_QUOTES, PIPE_NEWLINE, CONTROL, LONG};
    List<Section> sections = new ArrayList<>();
    List<Scorecard.Row> rows = new ArrayList<>();
    for (String b : bad) {
      rows.add(Scorecard.Row.of(b, b, NPS_ALL, b));
    }
    sections.add(Scorecard.of(SCRIPT, rows));
    BundleSection.Builder bundle = BundleSection.builder(AMP_QUOTES).score(BUNDLE_SCORE);
    for (String b : bad) {
      bundle.component(b, 50, 0.2, 10);
    }
    sections.add(bundle.build());
    List<TrendSection.Series> series = new ArrayList<>();
    for (String b : bad) {
      series.add(TrendSection.Series.of(b, List.of(Point.of(b, 1), Point.of(b + "2", 2))));
    }
    sections.add(new TrendSection(PIPE_NEWLINE, SCRIPT, series,
        List.of(TrendSection.Threshold.of(SCRIPT, 1.5))));
    MaturitySection.Builder m = MaturitySection.builder(SCRIPT, Stage.of(1, AMP_QUOTES, SCRIPT));
    for (String b : bad) {
      m.dimension(Dimension.of(b, 1, 2.5));
      m.blocker(Blocker.of(b, b, 2, 1));
      m.recommendation(Recommendation.of(b, 2, b));
      m.warning(b);
    }
    sections.add(m.build());
    List<QuadrantSection.Point> points = new ArrayList<>();
    for (String b : bad) {
      points.add(QuadrantSection.Point.of(b, 1, 2, b));
    }
    sections.add(new QuadrantSection(LONG, SCRIPT, AMP_QUOTES, 1, 1,
        new QuadrantSection.Names(SCRIPT, AMP_QUOTES, PIPE_NEWLINE, CONTROL), points));
    sections.add(new TableSection(CONTROL, List.of(bad), List.of(List.of(bad)), SCRIPT));
    sections.add(new TextSection(AMP_QUOTES, List.of(bad)));
    return new Report(SCRIPT, AMP_QUOTES, GENERATED_AT, sections);
  }

  /**
   * Parses XML with the JDK's parser, securely: DOCTYPE declarations and external entities are
   * refused. Throws on any well-formedness error.
   */
  public static Document parseXml(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(true);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  /** The elements matching an XPath over local names, e.g. {@code //*[local-name()='circle']}. */
  public static List<Element> select(Document doc, String xpath) {
    try {
      NodeList nodes =
          (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
      List<Element> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        out.add((Element) nodes.item(i));
      }
      return out;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The elements with the given class token, e.g. {@code "radar-vertex"}. */
  public static List<Element> byClass(Document doc, String cssClass) {
    return select(doc,
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')]");
  }

  private static final Pattern SVG = Pattern.compile("(?s)<svg\\b.*?</svg>");

  /** Every inline {@code <svg>} element of an HTML page. */
  public static List<String> svgsIn(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = SVG.matcher(html);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Counts non-overlapping occurrences. */
  public static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
