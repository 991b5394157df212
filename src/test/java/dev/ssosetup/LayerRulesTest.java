package dev.ssosetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ssosetup.LayerRules.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LayerRulesTest {
  private static final Path MAIN = Path.of("src", "main", "java");

  @Test
  void mainSources_keepTheLayerRules() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    List<Violation> violations = new ArrayList<>();
    for (Path source : sources) {
      violations.addAll(
          LayerRules.check(source.toString(), Files.readString(source, StandardCharsets.UTF_8)));
    }

    assertThat(sources).hasSizeGreaterThan(100);
    assertThat(violations)
        .as(
            "%nPackage rules broken (docs/decisions/0012):%n%s",
            violations.stream().map(Violation::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void aFlowThatImportsAnotherFlow_isNamedWithItsFileLineAndImport() {
    String source =
        """
        package dev.ssosetup.doctor;

        import dev.ssosetup.config.ConfigStore;
        import dev.ssosetup.wizard.Inputs;

        final class RegionCheck {}
        """;

    assertThat(LayerRules.check("doctor/RegionCheck.java", source))
        .extracting(Violation::toString)
        .containsExactly(
            "doctor/RegionCheck.java:4 uses dev.ssosetup.wizard.Inputs"
                + " (flow doctor uses no other flow and not cli)");
  }

  @Test
  void picocli_isFoundOutsideCli_evenAsAQualifiedNameInCode() {
    String config =
        """
        package dev.ssosetup.config;

        final class X {
          Object o = new picocli.CommandLine(new Object());
        }
        """;

    assertThat(LayerRules.check("X.java", config))
        .extracting(Violation::line, Violation::reference)
        .containsExactly(tuple(4, "picocli.CommandLine"));
    assertThat(LayerRules.check("X.java", config.replace(".config;", ".cli;"))).isEmpty();
  }

  @Test
  void jline_isAllowedInPromptOnly() {
    String source = "package dev.ssosetup.%s;%nimport org.jline.terminal.Terminal;%n";

    assertThat(LayerRules.check("P.java", source.formatted("prompt"))).isEmpty();
    assertThat(LayerRules.check("W.java", source.formatted("wizard")))
        .extracting(Violation::rule)
        .containsExactly("JLine only in prompt");
  }

  @Test
  void commentsAndStrings_areNotReferences() {
    String q3 = "\"\"\"";
    String source =
        String.join(
            "\n",
            "package dev.ssosetup.config;",
            "",
            "/** Not like {@link dev.ssosetup.wizard.ConfigureWizard} or picocli.CommandLine. */",
            "final class X {",
            "  // import org.jline.terminal.Terminal;",
            "  String a = \"dev.ssosetup.populate.Populator \\\" org.jline.Still\";",
            "  String b = " + q3,
            "      dev.ssosetup.cli.Cli \\" + q3 + " still text: org.jline.reader.LineReader",
            "      " + q3 + ";",
            "  char c = '\"';",
            "  String d = \"after the quote char: dev.ssosetup.verify.Verifier\";",
            "  Object e = new picocli.CommandLine(null);",
            "}");

    assertThat(LayerRules.codeOnly(source).lines().count()).isEqualTo(source.lines().count());
    assertThat(LayerRules.check("X.java", source))
        .extracting(Violation::line, Violation::reference)
        .containsExactly(tuple(12, "picocli.CommandLine"));
  }

  @Test
  void sandbox_usesOnlyTheSharedJsonAndSecret() {
    String source =
        """
        package dev.ssosetup.sandbox;

        import dev.ssosetup.common.Json;
        import dev.ssosetup.common.Json.JsonException;
        import dev.ssosetup.common.Text;
        import dev.ssosetup.common.Secret;
        import dev.ssosetup.common.SecretStore;
        """;

    assertThat(LayerRules.check("S.java", source))
        .extracting(Violation::line, Violation::reference)
        .containsExactly(
            tuple(5, "dev.ssosetup.common.Text"), tuple(7, "dev.ssosetup.common.SecretStore"));
  }

  @Test
  void sandboxAndDemo_areUsedByCliAndDemoOnly() {
    String source = "package dev.ssosetup.%s;%nimport dev.ssosetup.sandbox.Sandbox;%n";

    assertThat(LayerRules.check("C.java", source.formatted("cli"))).isEmpty();
    assertThat(LayerRules.check("D.java", source.formatted("demo"))).isEmpty();
    assertThat(LayerRules.check("W.java", source.formatted("wizard"))).hasSize(1);
    assertThat(LayerRules.check("A.java", source.formatted("auth"))).hasSize(1);
    assertThat(LayerRules.check("M.java", "package dev.ssosetup;\nimport dev.ssosetup.demo.*;"))
        .extracting(Violation::rule)
        .containsExactly("only cli and demo use demo");
  }

  @Test
  void aFlow_doesNotUseCli_andALowerPackageUsesNoFlow() {
    assertThat(
            LayerRules.check(
                "V.java", "package dev.ssosetup.verify;\nimport dev.ssosetup.cli.Cli;"))
        .hasSize(1);
    assertThat(
            LayerRules.check(
                "C.java", "package dev.ssosetup.config.sub;\nimport dev.ssosetup.populate.X;"))
        .extracting(Violation::rule)
        .containsExactly("lower package config uses no flow and not cli");
    assertThat(
            LayerRules.check(
                "W.java", "package dev.ssosetup.wizard;\nimport static dev.ssosetup.aws.X.y;"))
        .isEmpty();
  }

  @Test
  void aPackageInNoLayer_isABreakToo() {
    assertThat(LayerRules.check("N.java", "package dev.ssosetup.newthing;\nclass N {}"))
        .extracting(Violation::rule)
        .singleElement()
        .asString()
        .contains("newthing is in no layer");
  }
}
