package dev.ssosetup.dist;

import dev.ssosetup.cli.Cli;
import dev.ssosetup.cli.CliContext;
import dev.ssosetup.common.Environment;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages, as AsciiDoc, from the command model the program runs with: one page for
 * {@code sso-setup} and one per command a user can type ({@code sso-setup-configure.adoc}, {@code
 * sso-setup-admin-grant.adoc}, …); hidden commands get none. The release build ({@code -Pdist})
 * runs {@link #main} and turns the pages into roff.
 */
public final class ManPages {
  private ManPages() {}

  /** {@code ManPages OUTDIR}: writes the pages into OUTDIR. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPages OUTDIR");
    }
    int status = write(new File(args[0]));
    if (status != 0) {
      throw new IllegalStateException("picocli's man page generator failed with status " + status);
    }
  }

  /**
   * picocli names the standard help and version options through variables ({@code
   * ${picocli.help.name.0:--h}}) that its help resolves and its man page generator leaves as they
   * are; a page shows the default, as {@code --help} does.
   */
  private static final Pattern OPTION_NAME_VARIABLE =
      Pattern.compile("\\$\\{picocli\\.[a-z]+\\.name\\.[0-9]+:-([^}]*)\\}");

  /** Writes the pages into {@code outdir}; returns the generator's status, 0 when all went well. */
  static int write(File outdir) throws IOException {
    int status =
        ManPageGenerator.generateManPage(outdir, null, new boolean[0], true, visibleTree());
    File[] pages = outdir.listFiles((dir, name) -> name.endsWith(".adoc"));
    for (File page : pages == null ? new File[0] : pages) {
      Path path = page.toPath();
      String text = Files.readString(path, StandardCharsets.UTF_8);
      String resolved = OPTION_NAME_VARIABLE.matcher(text).replaceAll("$1");
      if (!resolved.equals(text)) {
        Files.writeString(path, resolved, StandardCharsets.UTF_8);
      }
    }
    return status;
  }

  /** The whole command tree, with the hidden commands taken out. */
  static CommandSpec visibleTree() {
    CommandSpec root = wholeTree();
    removeHidden(root);
    return root;
  }

  /** The whole command tree the program runs with, printing nowhere. */
  static CommandSpec wholeTree() {
    StringWriter ignored = new StringWriter();
    return Cli.commandLine(
            new CliContext(Environment.system()),
            new PrintWriter(ignored),
            new PrintWriter(ignored))
        .getCommandSpec();
  }

  private static void removeHidden(CommandSpec spec) {
    List<String> hidden = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
      CommandSpec subSpec = sub.getValue().getCommandSpec();
      if (subSpec.usageMessage().hidden()) {
        hidden.add(sub.getKey());
      } else if (sub.getKey().equals(subSpec.name())) {
        removeHidden(subSpec);
      }
    }
    hidden.forEach(spec::removeSubcommand);
  }
}
