package dev.cem.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cem.core.CemFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Generators for the hostile-input catalogue (docs/quality.md), shared through the cem-core
 * test-jar by every module's Hostile*Test: big inputs are generated in memory, never committed.
 */
public final class HostileInputs {
  /** The generous time bound of every hostile case. */
  public static final Duration BOUND = Duration.ofSeconds(10);

  private HostileInputs() {}

  /** A table row of a hostile file: name, file name, its bytes (built lazily), message fragment. */
  public static Arguments bytes(String name, String file, Supplier<byte[]> content, String msg) {
    return Arguments.of(name, file, content, msg);
  }

  /** A table row of a hostile file given as text, written as UTF-8. */
  public static Arguments text(String name, String file, Supplier<String> content, String msg) {
    return Arguments.of(
        name, file, (Supplier<byte[]>) () -> content.get().getBytes(StandardCharsets.UTF_8), msg);
  }

  /**
   * Writes {@code content} to {@code file} and asserts, within {@link #BOUND}, that {@code read}
   * fails on it with a {@link CemFormatException} naming the file and containing {@code message}.
   */
  public static void assertFileRejected(
      String name, Path file, Supplier<byte[]> content, String message, Consumer<Path> read) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          Files.write(file, content.get());
          assertThatThrownBy(() -> read.accept(file))
              .as(name)
              .isInstanceOf(CemFormatException.class)
              .hasMessageContaining(file.toString())
              .hasMessageContaining(message);
        });
  }

  /**
   * "Billion laughs": {@code base} followed by nine levels of ten aliases each, 10^9 strings if
   * anything expanded them. The first level's key is {@code lol0}.
   */
  public static String billionLaughs(String base) {
    StringBuilder yaml = new StringBuilder(base).append("lol0: &lol0 [lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("lol").append(i).append(": &lol").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*lol").append(i - 1);
      }
      yaml.append("]\n");
    }
    return yaml.toString();
  }

  /** {@code length} random bytes from {@code seed}. */
  public static byte[] randomBytes(int length, long seed) {
    byte[] out = new byte[length];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < length; i++) {
      out[i] = (byte) random.nextInt(256);
    }
    return out;
  }

  /** The bytes of {@code a} followed by those of {@code b}. */
  public static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
