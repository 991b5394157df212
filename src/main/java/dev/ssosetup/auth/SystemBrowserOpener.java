package dev.ssosetup.auth;

import dev.ssosetup.common.Environment;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opens pages the way the AWS CLI does: the commands of {@code BROWSER} (a list separated like
 * {@code PATH}, {@code %s} standing for the URL, else the URL appended), else the platform's
 * opener: {@code open} on macOS, {@code rundll32 url.dll,FileProtocolHandler} on Windows, {@code
 * wslview} or the Windows shell on WSL, and {@code xdg-open} on Linux and the BSDs.
 */
public final class SystemBrowserOpener implements BrowserOpener {
  private final Environment environment;
  private final String osName;
  private final String procVersion;
  private final ProcessLauncher launcher;

  public SystemBrowserOpener(Environment environment) {
    this(
        environment,
        environment.osName(),
        readProcVersion(environment.osName()),
        ProcessLauncher.system());
  }

  /** For tests: a given platform and a launcher that starts nothing. */
  SystemBrowserOpener(
      Environment environment, String osName, String procVersion, ProcessLauncher launcher) {
    this.environment = environment;
    this.osName = osName.toLowerCase(Locale.ROOT);
    this.procVersion = procVersion == null ? "" : procVersion.toLowerCase(Locale.ROOT);
    this.launcher = launcher;
  }

  /** Opens only an https page, or an http one on a loopback address ({@link BrowserUris}). */
  @Override
  public boolean open(URI uri) {
    if (BrowserUris.openable(uri.toString()).isEmpty()) {
      return false;
    }
    for (List<String> command : commands(uri.toString())) {
      try {
        launcher.launch(command);
        return true;
      } catch (IOException | RuntimeException e) {
        // Not installed or not startable: try the next candidate.
      }
    }
    return false;
  }

  @Override
  public boolean available() {
    if (environment.variable("BROWSER") != null || isWindows() || isMac()) {
      return true;
    }
    if (isWsl()) {
      return onPath("wslview") || onPath("powershell.exe") || onPath("cmd.exe");
    }
    return onPath("xdg-open");
  }

  /** The commands to try in order for a URL (the first that starts wins). */
  List<List<String>> commands(String url) {
    List<List<String>> commands = new ArrayList<>();
    String browser = environment.variable("BROWSER");
    if (browser != null) {
      for (String entry : browser.split(isWindows() ? ";" : ":")) {
        List<String> command = browserCommand(entry, url);
        if (!command.isEmpty()) {
          commands.add(command);
        }
      }
    }
    if (isWindows()) {
      commands.add(List.of("rundll32", "url.dll,FileProtocolHandler", url));
    } else if (isMac()) {
      commands.add(List.of("open", url));
    } else if (isWsl()) {
      if (onPath("wslview")) {
        commands.add(List.of("wslview", url));
      }
      // No shell parses the URL here, so its & and ? need no quoting, but the ' does for
      // PowerShell; cmd.exe needs ^ before &, which its start command would otherwise split on.
      commands.add(
          List.of(
              "powershell.exe",
              "-NoProfile",
              "-NonInteractive",
              "-Command",
              "Start-Process '" + url.replace("'", "''") + "'"));
      commands.add(List.of("cmd.exe", "/c", "start", "\"\"", url.replace("&", "^&")));
    } else {
      commands.add(List.of("xdg-open", url));
    }
    return commands;
  }

  /** One BROWSER entry as a command: words split on spaces, %s replaced, else the URL appended. */
  private static List<String> browserCommand(String entry, String url) {
    List<String> words = new ArrayList<>();
    boolean replaced = false;
    for (String word : entry.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.contains("%s")) {
        word = word.replace("%s", url);
        replaced = true;
      }
      words.add(word);
    }
    if (!words.isEmpty() && !replaced) {
      words.add(url);
    }
    return words;
  }

  private boolean isWindows() {
    return osName.startsWith("windows");
  }

  private boolean isMac() {
    return osName.startsWith("mac") || osName.startsWith("darwin");
  }

  /** Linux under WSL, where /proc/version names Microsoft. */
  boolean isWsl() {
    return osName.startsWith("linux")
        && (procVersion.contains("microsoft") || procVersion.contains("wsl"));
  }

  private boolean onPath(String program) {
    String path = environment.variable("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      try {
        if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
          return true;
        }
      } catch (RuntimeException e) {
        // An entry that is no valid path: skip it.
      }
    }
    return false;
  }

  private static String readProcVersion(String osName) {
    if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
      return "";
    }
    try {
      return Files.readString(Path.of("/proc/version"), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
