package dev.cem.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cem.core.CemFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small mutation fuzzer for the readers (docs/quality.md, "Fuzzing"), shipped in the cem-core
 * test-jar so that every module fuzzes its readers the same way (in its own package, which no
 * library module owns, so that modular test compilation sees it). It starts from valid seed inputs
 * (golden documents and images) and applies one to four random mutations per execution: bit
 * flips, bytes set to boundary values (0x00, 0x7F, 0x80, 0xFF), deletions, insertions, truncation,
 * duplicated blocks, 32-bit and 64-bit boundary numbers written over the input, and splices of two
 * seeds. Each mutated input is handed to the target, which either accepts it or throws {@link
 * CemFormatException}; anything else (another exception, an error, a hang) fails the run with
 * the seed, the execution number and the input in hex, and the input is saved under {@code
 * target/fuzz-failures}.
 *
 * <p>The run time comes from the system property {@code cem.fuzz.seconds} (the CI default is a
 * few seconds; {@code mvn -Pfuzz} runs longer), the seed from {@code cem.fuzz.seed} (fixed by
 * default, so that CI is reproducible). Each run prints one line with its executions, time and
 * seed.
 *
 * <p>Coverage-guided fuzzing with Jazzer was evaluated; see docs/quality.md for why this fuzzer is
 * the one that runs.
 */
public final class Fuzzing {
  /** The seed used when {@code cem.fuzz.seed} is not set. */
  public static final long DEFAULT_SEED = 20261123L;

  private static final long[] BOUNDARY_LONGS = {
    0, -1, 1, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE,
    Double.doubleToLongBits(Double.NaN), Double.doubleToLongBits(Double.POSITIVE_INFINITY),
    Double.doubleToLongBits(-0.0), Double.doubleToLongBits(Double.MAX_VALUE), 1L << 40
  };
  private static final byte[][] TOKENS = bytes(
      "NaN", "-Infinity", "1e400", "99999999999999999999", "null", "[", "{", "\"", "\\u0000",
      "&a", "*a", "!!binary", "\uFEFF", "\n  - ", ": ", "0x", "-0", "\u00e9", "\"schemaVersion\":");

  private Fuzzing() {}

  /** What a target does with one input: accept it, or throw {@link CemFormatException}. */
  @FunctionalInterface
  public interface Target {
    /**
     * Reads one input.
     *
     * @return true if the input was accepted as valid, false if it was rejected in a counted way
     */
    boolean accept(byte[] input) throws Exception;
  }

  /** The outcome of a run. */
  public record Result(String name, long executions, long accepted, long rejected, long millis, long seed) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "fuzz %s: %d executions in %.1f s (%d accepted, %d rejected with CemFormatException),"
              + " seed %d",
          name, executions, millis / 1000.0, accepted, rejected, seed);
    }
  }

  /** The run time in milliseconds: {@code cem.fuzz.seconds}, or {@code defaultSeconds}. */
  public static long budgetMillis(double defaultSeconds) {
    String s = System.getProperty("cem.fuzz.seconds");
    double seconds = s == null || s.isBlank() ? defaultSeconds : Double.parseDouble(s.trim());
    return (long) (seconds * 1000);
  }

  /** The seed: {@code cem.fuzz.seed}, or {@link #DEFAULT_SEED}. */
  public static long seed() {
    String s = System.getProperty("cem.fuzz.seed");
    return s == null || s.isBlank() ? DEFAULT_SEED : Long.parseLong(s.trim());
  }

  /**
   * Fuzzes {@code target} with mutations of {@code seeds} for the configured time, failing on
   * anything but acceptance or a {@link CemFormatException}.
   */
  public static Result run(String name, List<byte[]> seeds, double defaultSeconds, Target target) {
    long budget = budgetMillis(defaultSeconds);
    long seed = seed();
    Result result =
        assertTimeoutPreemptively(
            Duration.ofMillis(budget + 60_000),
            () -> loop(name, seeds, budget, seed, target),
            () -> "fuzz " + name + " hung (seed " + seed + ")");
    System.out.println(result);
    return result;
  }

  private static Result loop(String name, List<byte[]> seeds, long budget, long seed, Target target) {
    SplittableRandom random = new SplittableRandom(seed);
    long start = System.nanoTime();
    long deadline = start + budget * 1_000_000;
    long executions = 0;
    long accepted = 0;
    long rejected = 0;
    // the seeds themselves first: they must be accepted
    for (byte[] s : seeds) {
      executions++;
      if (check(name, seed, executions, s, target)) {
        accepted++;
      } else {
        throw new AssertionError("fuzz " + name + ": seed input rejected: " + hex(s));
      }
    }
    do {
      for (int i = 0; i < 64; i++) {
        byte[] input = mutate(seeds, random);
        executions++;
        if (check(name, seed, executions, input, target)) {
          accepted++;
        } else {
          rejected++;
        }
      }
    } while (System.nanoTime() < deadline);
    return new Result(
        name, executions, accepted, rejected, (System.nanoTime() - start) / 1_000_000, seed);
  }

  private static boolean check(String name, long seed, long execution, byte[] input, Target target) {
    try {
      return target.accept(input);
    } catch (CemFormatException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw failure(name, seed, execution, input, new AssertionError("empty message", e));
      }
      return false;
    } catch (Throwable t) {
      throw failure(name, seed, execution, input, t);
    }
  }

  private static AssertionError failure(
      String name, long seed, long execution, byte[] input, Throwable cause) {
    Path file = Path.of("target", "fuzz-failures", name + "-" + seed + "-" + execution + ".bin");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AssertionError(
        String.format(
            Locale.ROOT,
            "fuzz %s: execution %d with seed %d (-Dcem.fuzz.seed=%d) threw %s; input saved to %s:"
                + " %s",
            name, execution, seed, seed, cause, file.toAbsolutePath(), hex(input)),
        cause);
  }

  /** One to four random mutations of a random seed. */
  public static byte[] mutate(List<byte[]> seeds, SplittableRandom random) {
    byte[] b = seeds.get(random.nextInt(seeds.size())).clone();
    int count = 1 + random.nextInt(4);
    for (int m = 0; m < count; m++) {
      b = mutateOnce(b, seeds, random);
    }
    return b;
  }

  private static byte[] mutateOnce(byte[] b, List<byte[]> seeds, SplittableRandom random) {
    int n = b.length;
    int at = n == 0 ? 0 : random.nextInt(n);
    switch (random.nextInt(9)) {
      case 0: // bit flip
        if (n > 0) {
          b[at] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
      case 1: // boundary byte
        if (n > 0) {
          b[at] = new byte[] {0, 0x7F, (byte) 0x80, (byte) 0xFF}[random.nextInt(4)];
        }
        return b;
      case 2: // delete a range
        {
          int len = Math.min(n - at, 1 + random.nextInt(8));
          byte[] out = new byte[n - len];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + len, out, at, n - at - len);
          return out;
        }
      case 3: // insert random bytes or a token
        {
          byte[] insert;
          if (random.nextBoolean()) {
            insert = TOKENS[random.nextInt(TOKENS.length)];
          } else {
            insert = new byte[1 + random.nextInt(8)];
            for (int i = 0; i < insert.length; i++) {
              insert[i] = (byte) random.nextInt(256);
            }
          }
          return splice(b, at, insert);
        }
      case 4: // truncate
        return Arrays.copyOf(b, at);
      case 5: // duplicate a block
        {
          int len = Math.min(n - at, 1 + random.nextInt(32));
          return splice(b, at, Arrays.copyOfRange(b, at, at + len));
        }
      case 6: // a boundary number over 4 or 8 bytes, big-endian as the images are
        {
          long v = BOUNDARY_LONGS[random.nextInt(BOUNDARY_LONGS.length)];
          int width = random.nextBoolean() ? 4 : 8;
          for (int i = 0; i < width && at + i < n; i++) {
            b[at + i] = (byte) (v >>> (8 * (width - 1 - i)));
          }
          return b;
        }
      case 7: // splice: this input's head, another seed's tail
        {
          byte[] other = seeds.get(random.nextInt(seeds.size()));
          int from = other.length == 0 ? 0 : random.nextInt(other.length);
          return splice(Arrays.copyOf(b, at), at, Arrays.copyOfRange(other, from, other.length));
        }
      default: // small arithmetic on one byte
        if (n > 0) {
          b[at] += (byte) (random.nextInt(35) - 17);
        }
        return b;
    }
  }

  private static byte[] splice(byte[] b, int at, byte[] insert) {
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at, out, at + insert.length, b.length - at);
    return out;
  }

  private static String hex(byte[] input) {
    String h = HexFormat.of().formatHex(input, 0, Math.min(input.length, 512));
    return input.length > 512 ? h + "... (" + input.length + " bytes)" : h;
  }

  private static byte[][] bytes(String... tokens) {
    byte[][] out = new byte[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = tokens[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    return out;
  }
}
