package dev.cem.report;

import static dev.cem.report.internal.ModelChecks.checkTitle;
import static dev.cem.report.internal.ModelChecks.copy;

import java.util.List;

/**
 * Plain paragraphs. Text is escaped by every renderer; no markup passes through.
 *
 * <p>This class is immutable and thread-safe; treat it as a value type.
 *
 * @param title the heading; not blank
 * @param paragraphs the paragraphs; not null, may be empty
 */
public record TextSection(String title, List<String> paragraphs) implements Section {

  public TextSection {
    checkTitle(title, "text title");
    paragraphs = copy(paragraphs, "paragraphs");
  }

  public static TextSection of(String title, String... paragraphs) {
    return new TextSection(title, List.of(paragraphs));
  }
}
