package dev.ssosetup.testkit;

import dev.ssosetup.cli.CliContext;
import dev.ssosetup.testkit.CliRun.Result;
import java.util.function.Consumer;

/**
 * The ways a run is given its language (docs/spec.md, issue 13): English from a locale that is not
 * Japanese, Japanese from {@code LANG=ja_JP.UTF-8}, and Japanese from {@code --lang ja} over an
 * English locale. A journey test runs the same command under each and checks what must differ (the
 * words) and what must not (exit codes, files, JSON, the commands to type).
 */
public enum RunLanguage {
  ENGLISH("C", false),
  JAPANESE_FROM_LOCALE("ja_JP.UTF-8", false),
  JAPANESE_FROM_OPTION("C", true);

  private final String lang;
  private final boolean option;

  RunLanguage(String lang, boolean option) {
    this.lang = lang;
    this.option = option;
  }

  public boolean japanese() {
    return this != ENGLISH;
  }

  /** The English text or the Japanese one, whichever this run shows. */
  public String pick(String english, String japanese) {
    return japanese() ? japanese : english;
  }

  /** Sets the home's {@code LANG}; returns the arguments with {@code --lang ja} first if used. */
  public String[] apply(TestHome home, String... args) {
    home.variable("LANG", lang);
    if (!option) {
      return args;
    }
    String[] all = new String[args.length + 2];
    all[0] = "--lang";
    all[1] = "ja";
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }

  /** Runs the whole command line in this language ({@link CliRun#run}). */
  public Result run(TestHome home, String... args) {
    return CliRun.run(home, apply(home, args));
  }

  /** The same with a context the caller adjusts first. */
  public Result run(TestHome home, Consumer<CliContext> setup, String... args) {
    return CliRun.run(home, setup, apply(home, args));
  }
}
