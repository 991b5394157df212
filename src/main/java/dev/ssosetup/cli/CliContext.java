package dev.ssosetup.cli;

import dev.ssosetup.common.Environment;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a command needs from outside: the process environment, the global options, and the
 * services that tests replace (for example a browser opener). Built once per run by {@code Main}.
 */
public final class CliContext {
  private final Environment environment;
  private Path configFileOption;
  private boolean debug;
  private boolean noColor;

  public CliContext(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  public Environment environment() {
    return environment;
  }

  /** The config file this run reads and writes (SPEC §1). */
  public Path configFile() {
    return environment.configFile(configFileOption);
  }

  void setConfigFileOption(Path configFileOption) {
    this.configFileOption = configFileOption;
  }

  public boolean debug() {
    return debug;
  }

  void setDebug(boolean debug) {
    this.debug = debug;
  }

  /** Colour is used only when neither --no-color nor NO_COLOR asks otherwise. */
  public boolean color() {
    return !noColor && environment.variable("NO_COLOR") == null;
  }

  void setNoColor(boolean noColor) {
    this.noColor = noColor;
  }
}
