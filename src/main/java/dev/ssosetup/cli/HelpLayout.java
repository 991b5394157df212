package dev.ssosetup.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * How every command's help lists its options: its own first, as declared, then the global options
 * that mean something for it, always in the order of {@link #GLOBAL_ORDER}, then {@code --help} and
 * {@code --version}. A global option that means nothing for a command ({@code --config-file} for
 * the sandbox, say) is still accepted there, only not shown.
 */
final class HelpLayout implements IHelpFactory {
  /** The global options (inherited by every command), in the order help lists them. */
  static final List<String> GLOBAL_ORDER =
      List.of("--config-file", "--debug", "--lang", "--no-color");

  @Override
  public Help create(CommandSpec spec, ColorScheme colorScheme) {
    spec.usageMessage().sortOptions(false);
    arrange(spec);
    return new Help(spec, colorScheme);
  }

  /** Moves the global and help options to the end, in order, hiding those that mean nothing. */
  private static void arrange(CommandSpec spec) {
    boolean root = spec.parent() == null;
    Set<String> shown = root ? Set.copyOf(GLOBAL_ORDER) : meaningfulGlobals(spec);
    List<OptionSpec> globals = new ArrayList<>();
    List<OptionSpec> help = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      if ((root || option.inherited()) && GLOBAL_ORDER.contains(option.longestName())) {
        globals.add(option);
      } else if (option.usageHelp() || option.versionHelp()) {
        help.add(option);
      }
    }
    globals.sort((a, b) -> index(a) - index(b));
    List<OptionSpec> moved = new ArrayList<>(globals);
    moved.addAll(help);
    for (OptionSpec option : moved) {
      spec.remove(option);
    }
    for (OptionSpec option : moved) {
      boolean hide = globals.contains(option) && !shown.contains(option.longestName());
      // LOCAL: added back here only; an inherited option would be copied to the subcommands,
      // which have their own copy already.
      spec.addOption(
          option.toBuilder().scopeType(ScopeType.LOCAL).hidden(hide || option.hidden()).build());
    }
  }

  /**
   * The global options that mean something for a command. {@code --no-color} only colours the help,
   * so only the top-level help shows it; commands that read no config file do not show {@code
   * --config-file}; {@code completion} and {@code help} print text and need none.
   */
  static Set<String> meaningfulGlobals(CommandSpec spec) {
    String command = spec.root() == spec.parent() ? spec.name() : spec.parent().name();
    return switch (command) {
      case "completion", "help" -> Set.of();
      case "demo", "sandbox" -> Set.of("--debug", "--lang");
      default -> Set.of("--config-file", "--debug", "--lang");
    };
  }

  private static int index(OptionSpec option) {
    return GLOBAL_ORDER.indexOf(option.longestName());
  }
}
