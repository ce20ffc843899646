package dev.cem.report.internal;

import dev.cem.report.MaturitySection;
import dev.cem.report.MaturitySection.Stage;
import java.util.List;

/**
 * A stage ladder: one rising step per stage ({@code rect.mark.ladder-step}, with {@code
 * data-stage} and {@code data-reached}); the reached stage is filled strongly and marked
 * "you are here", earlier stages lightly. Not API.
 */
public final class LadderChart {
  public static final int WIDTH = 640;
  public static final int HEIGHT = 230;
  private static final double LEFT = 20;
  private static final double RIGHT = 620;
  private static final double BASE = 200;
  private static final double MIN_STEP = 40;
  private static final double MAX_STEP = 150;

  private LadderChart() {}

  public static String render(MaturitySection section, String id, boolean standalone) {
    List<Stage> stages =
        section.ladder().isEmpty() ? List.of(section.overallStage()) : section.ladder();
    int reached = section.overallStage().ordinal();
    int n = stages.size();
    double w = (RIGHT - LEFT) / n;
    SvgBuilder svg = SvgBuilder.begin(id, "ladder", WIDTH, HEIGHT,
        "Stage ladder: " + section.modelName(),
        "Stages " + describe(stages) + " Reached: stage " + reached + " "
            + section.overallStage().name() + ".",
        standalone);
    for (int i = 0; i < n; i++) {
      Stage s = stages.get(i);
      double h = n == 1 ? MAX_STEP : MIN_STEP + i * (MAX_STEP - MIN_STEP) / (n - 1);
      double x = LEFT + i * w;
      boolean isReached = s.ordinal() == reached;
      boolean passed = s.ordinal() < reached;
      String fill = isReached ? "#1f5fa8" : passed ? "#bfd4ee" : "#eef1f5";
      String cls = "mark ladder-step" + (isReached ? " reached" : passed ? " passed" : "");
      svg.mark("rect", "Stage " + s.ordinal() + " " + s.name()
              + (s.description().isEmpty() ? "" : ": " + s.description()),
          "x", x + 2, "y", BASE - h, "width", w - 4, "height", h, "fill", fill,
          "stroke", "#52606d", "class", cls, "data-stage", s.ordinal(), "data-reached", isReached);
      String ink = isReached ? "#ffffff" : "#1f2933";
      int chars = Math.max(4, (int) ((w - 8) / 7));
      svg.open("g", "fill", ink);
      svg.element("text", Integer.toString(s.ordinal()), "x", x + w / 2, "y", BASE - h + 20,
          "text-anchor", "middle", "font-size", 16, "font-weight", "bold", "class", "stage-ordinal",
          "fill", ink);
      svg.label(x + w / 2, BASE - h + 38, s.name(), chars, "middle", "stage-name");
      svg.close("g");
      if (isReached) {
        svg.element("text", "you are here", "x", x + w / 2, "y", BASE + 18, "text-anchor",
            "middle", "class", "reached-label", "fill", "#1f5fa8", "font-weight", "bold");
      }
    }
    svg.leaf("line", "x1", LEFT, "y1", BASE, "x2", RIGHT, "y2", BASE, "stroke", "#52606d");
    return svg.end();
  }

  private static String describe(List<Stage> stages) {
    StringBuilder b = new StringBuilder();
    for (Stage s : stages) {
      b.append(s.ordinal()).append(' ').append(s.name()).append("; ");
    }
    return b.toString().trim();
  }
}
