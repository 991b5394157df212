package dev.ssosetup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the production code in rooms a reader can hold in mind: no method over 80 lines and no file
 * over 450. The exceptions are named here with why, and say so in their own source too.
 */
class SourceSizeTest {
  static final int MAX_METHOD_LINES = 80;
  static final int MAX_FILE_LINES = 450;

  private static final Path MAIN = Path.of("src", "main", "java");

  /** Files allowed to be longer, with the reason. */
  private static final Map<String, String> LONG_FILES =
      Map.of(
          "dev/ssosetup/config/AwsConfigDocument.java",
          "the lossless document model: one invariant (every byte outside an edit kept) over one"
              + " list of lines, which splitting would spread across classes");

  @Test
  void noMethodInMain_isLongerThan80Lines() {
    List<String> tooLong = new ArrayList<>();
    for (Path file : JavaSizes.sources(MAIN)) {
      for (JavaSizes.MethodSize method : JavaSizes.methods(file)) {
        if (method.lines() > MAX_METHOD_LINES) {
          tooLong.add(MAIN.relativize(file) + " " + method.name() + ": " + method.lines());
        }
      }
    }
    assertThat(tooLong).as("methods over %d lines", MAX_METHOD_LINES).isEmpty();
  }

  @Test
  void noFileInMain_isLongerThan450Lines_butTheNamedExceptions() {
    List<String> tooLong = new ArrayList<>();
    for (Path file : JavaSizes.sources(MAIN)) {
      JavaSizes.FileSize size = JavaSizes.fileSize(MAIN, file);
      String name = size.name().replace('\\', '/');
      if (size.lines() > MAX_FILE_LINES && !LONG_FILES.containsKey(name)) {
        tooLong.add(name + ": " + size.lines());
      }
    }
    assertThat(tooLong).as("files over %d lines", MAX_FILE_LINES).isEmpty();
  }

  @Test
  void theMeasure_countsAMethodFromItsDeclarationToItsBrace_andIgnoresBracesInText() {
    String source =
        """
        class A {
          /** { */
          void m(
              int x) {
            String s = "}{";
            if (x > 0) {
              x++;
            }
          }

          record R(int a) {
            R {
              a++;
            }
          }
        }
        """;

    assertThat(JavaSizes.methods(source))
        .containsExactly(new JavaSizes.MethodSize("A.m", 7), new JavaSizes.MethodSize("A.R.R", 3));
  }
}
