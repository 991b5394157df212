package dev.ssosetup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Completion candidates from the picocli model: the commands, the options of the command the line
 * is in, option values (enum choices, profile and sso-session names from the config, or file names
 * by the shell), and the positional choices of {@code completion} and {@code help}.
 */
final class Completer {
  /** Printed alone when the shell should complete file names itself. */
  static final String FILES = "__files__";

  /** Which names of the config file an option takes. */
  enum Names {
    PROFILES,
    SESSIONS
  }

  /** Reads names from the config file ({@code --config-file} when the line has one, or null). */
  @FunctionalInterface
  interface ConfigNames {
    List<String> read(Names kind, String configFileOption);
  }

  private final CommandSpec root;
  private final ConfigNames configNames;

  Completer(CommandSpec root, ConfigNames configNames) {
    this.root = root;
    this.configNames = configNames;
  }

  /** The candidates for the last word of the line, which start with what it holds already. */
  List<String> candidates(List<String> line) {
    CommandSpec command = root;
    String configFile = null;
    OptionSpec pending = null;
    for (String word : line.subList(0, line.size() - 1)) {
      if (pending != null) {
        if (word.equals("=")) {
          continue; // bash splits --option=value at the '='
        }
        configFile = isConfigFile(pending) ? word : configFile;
        pending = null;
      } else if (word.startsWith("--") && word.contains("=")) {
        String name = word.substring(0, word.indexOf('='));
        OptionSpec option = command.findOption(name);
        if (option != null && isConfigFile(option)) {
          configFile = word.substring(word.indexOf('=') + 1);
        }
      } else if (word.startsWith("-")) {
        OptionSpec option = command.findOption(word);
        pending = option != null && option.arity().max() > 0 ? option : null;
      } else if (command.subcommands().containsKey(word)) {
        command = command.subcommands().get(word).getCommandSpec();
      }
    }
    String current = line.get(line.size() - 1);
    if (pending != null) {
      return values(pending, "", current, configFile);
    }
    if (current.startsWith("--") && current.contains("=")) {
      String name = current.substring(0, current.indexOf('='));
      OptionSpec option = command.findOption(name);
      return option == null
          ? List.of()
          : values(option, name + "=", current.substring(name.length() + 1), configFile);
    }
    if (current.startsWith("-")) {
      return startingWith(optionNames(command), current);
    }
    return startingWith(words(command), current);
  }

  private List<String> values(OptionSpec option, String prefix, String typed, String configFile) {
    String name = option.longestName();
    List<String> values;
    if (name.equals("--profile")) {
      values = configNames.read(Names.PROFILES, configFile);
    } else if (name.equals("--sso-session")) {
      values = configNames.read(Names.SESSIONS, configFile);
    } else if (option.completionCandidates() != null) {
      values = lowerCase(option.completionCandidates());
    } else if (Path.class.isAssignableFrom(option.type())) {
      return List.of(FILES);
    } else {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String value : startingWith(values, typed)) {
      result.add(prefix + value);
    }
    return result;
  }

  /** Subcommands, or the choices of the first positional parameter (help: the commands). */
  private List<String> words(CommandSpec command) {
    if (command.userObject() instanceof HelpCommand) {
      return commandNames(root);
    }
    Set<String> words = new LinkedHashSet<>(commandNames(command));
    for (PositionalParamSpec positional : command.positionalParameters()) {
      if (positional.completionCandidates() != null) {
        words.addAll(lowerCase(positional.completionCandidates()));
      }
    }
    return List.copyOf(words);
  }

  private static List<String> commandNames(CommandSpec command) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : command.subcommands().entrySet()) {
      if (!sub.getValue().getCommandSpec().usageMessage().hidden()) {
        names.add(sub.getKey());
      }
    }
    return names;
  }

  private static List<String> optionNames(CommandSpec command) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : command.options()) {
      if (!option.hidden()) {
        names.add(option.longestName());
      }
    }
    return names;
  }

  private static boolean isConfigFile(OptionSpec option) {
    return option.longestName().equals("--config-file");
  }

  private static List<String> lowerCase(Iterable<String> values) {
    List<String> result = new ArrayList<>();
    values.forEach(value -> result.add(value.toLowerCase(Locale.ROOT)));
    return result;
  }

  private static List<String> startingWith(List<String> values, String typed) {
    return values.stream().filter(value -> value.startsWith(typed)).distinct().toList();
  }
}
