package dev.ssosetup.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class ManPagesTest {
  @TempDir Path dir;

  @Test
  void write_givesOnePagePerCommandAUserCanType_andNoneForHiddenOnes() throws IOException {
    assertThat(ManPages.write(dir.toFile())).isZero();

    assertThat(pages())
        .contains(
            "sso-setup.adoc",
            "sso-setup-configure.adoc",
            "sso-setup-configure-sso-session.adoc",
            "sso-setup-admin-grant.adoc",
            "sso-setup-completion.adoc")
        .doesNotContain("sso-setup-__complete.adoc")
        .isEqualTo(expectedPages());
  }

  @Test
  void write_eachPageNamesItsCommandAndItsOwnOptions_withNoVariableLeft() throws IOException {
    assertThat(ManPages.write(dir.toFile())).isZero();

    for (CommandSpec command : visibleCommands()) {
      String file = command.qualifiedName("-") + ".adoc";
      String page = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      assertThat(page).as(file).contains("= " + command.qualifiedName("-") + "(1)");
      for (OptionSpec option : command.options()) {
        // A command's own options; the global ones are on the page of sso-setup itself.
        if (!option.hidden() && !option.inherited()) {
          assertThat(page).as(file).contains(option.longestName());
        }
      }
      assertThat(page).as(file).doesNotContain("${");
    }
  }

  private Set<String> pages() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
    }
  }

  private static Set<String> expectedPages() {
    Set<String> expected = new TreeSet<>();
    for (CommandSpec command : visibleCommands()) {
      expected.add(command.qualifiedName("-") + ".adoc");
    }
    return expected;
  }

  /** Every command of the program's whole command tree but the hidden ones and their children. */
  private static List<CommandSpec> visibleCommands() {
    List<CommandSpec> visible = new ArrayList<>();
    collect(ManPages.wholeTree(), visible);
    return visible;
  }

  private static void collect(CommandSpec command, List<CommandSpec> into) {
    into.add(command);
    for (CommandLine sub : command.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (!spec.usageMessage().hidden() && !into.contains(spec)) {
        collect(spec, into);
      }
    }
  }
}
