package dev.ssosetup.cli;

import dev.ssosetup.common.UserLanguage;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code profiles} without picocli (docs/decisions/0003-fast-start-up.md): building picocli's model
 * of even one command costs more than reading 2,000 profiles. A plain {@code profiles} command line
 * is read here, and run as picocli would run it; anything else (help, a typo, an unknown or
 * repeated option, a value that looks like an option, an {@code @file}) is left to the command
 * tree, so that every message still comes from picocli. The forms read here, as picocli reads them:
 *
 * <ul>
 *   <li>the word {@code profiles}, once;
 *   <li>before or after it, each at most once: {@code --debug}, {@code --no-color}, {@code
 *       --config-file PATH}, {@code --lang en|ja} (the root's options, inherited by every command),
 *       a value after a space or an {@code =};
 *   <li>after it, at most once: {@code --format text|json}, {@code --format=text|json}.
 * </ul>
 *
 * {@code StartUpShortcutsTest} runs each form through the entry point and compares its bytes with
 * the whole tree's.
 */
final class ProfilesShortcut {
  /** A command line read: the options given, null where absent. */
  record Line(
      Path configFile,
      boolean debug,
      boolean noColor,
      UserLanguage language,
      ProfilesCommand.Format format) {}

  private ProfilesShortcut() {}

  /**
   * Runs {@code profiles} when the arguments are a plain {@code profiles} command line, and returns
   * its exit code; null when they are not, and the whole tree must read them.
   */
  static Integer run(CliContext context, PrintWriter out, PrintWriter err, String[] args) {
    Line line = read(args);
    if (line == null) {
      return null;
    }
    if (line.configFile() != null) {
      context.setConfigFileOption(line.configFile());
    }
    if (line.language() != null) {
      context.setLanguageOption(line.language());
    }
    if (line.noColor()) {
      context.setNoColor(true);
    }
    if (line.debug()) {
      context.setDebug(true);
      String archive = StartUpArchive.describe();
      if (archive != null) {
        err.println(archive);
      }
    }
    ProfilesCommand command = new ProfilesCommand(context);
    if (line.format() != null) {
      command.format(line.format());
    }
    try {
      return command.print(out).code();
    } catch (Exception e) {
      return new ErrorHandler(context).failed(e, err);
    }
  }

  /** The options of a plain {@code profiles} command line; null for any other. */
  static Line read(String[] args) {
    Reading reading = new Reading();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      boolean takesValue =
          name.equals("--config-file") || name.equals("--lang") || name.equals("--format");
      String value = null;
      if (takesValue && name.length() < arg.length()) {
        value = arg.substring(equals + 1);
      } else if (takesValue && i + 1 < args.length) {
        value = args[++i];
      }
      if (!reading.accept(arg, name, value, takesValue)) {
        return null;
      }
    }
    return reading.line();
  }

  /** The options seen so far; each is accepted once, in the place picocli accepts it. */
  private static final class Reading {
    private boolean command;
    private boolean debug;
    private boolean noColor;
    private Path configFile;
    private UserLanguage language;
    private ProfilesCommand.Format format;

    /** Takes one option (with its value) or word; false when the tree must read the line. */
    boolean accept(String arg, String name, String value, boolean takesValue) {
      if (takesValue ? !plainValue(value) : !arg.equals(name)) {
        return false;
      }
      switch (name) {
        case "profiles" -> {
          if (command) {
            return false;
          }
          command = true;
        }
        case "--debug" -> {
          if (debug) {
            return false;
          }
          debug = true;
        }
        case "--no-color" -> {
          if (noColor) {
            return false;
          }
          noColor = true;
        }
        case "--config-file" -> {
          if (configFile != null) {
            return false;
          }
          configFile = path(value);
          return configFile != null; // null: a value picocli refuses, for its message
        }
        case "--lang" -> {
          if (language != null) {
            return false;
          }
          language = UserLanguage.fromOption(value);
          return language != null; // null: a value picocli refuses, for its message
        }
        case "--format" -> {
          // Only after the command: the root has no --format.
          if (!command || format != null) {
            return false;
          }
          format = format(value);
          return format != null; // null: a value picocli refuses, for its message
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    Line line() {
      return command ? new Line(configFile, debug, noColor, language, format) : null;
    }

    /**
     * A value picocli takes as it is: not empty, not like an option, not an {@code @file}, and not
     * a command's name (picocli stops at those).
     */
    private static boolean plainValue(String value) {
      return value != null
          && !value.isEmpty()
          && !value.startsWith("-")
          && !value.startsWith("@")
          && !Cli.isCommand(value);
    }

    private static Path path(String value) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        return null;
      }
    }

    private static ProfilesCommand.Format format(String value) {
      return switch (value) {
        case "text" -> ProfilesCommand.Format.text;
        case "json" -> ProfilesCommand.Format.json;
        default -> null;
      };
    }
  }
}
