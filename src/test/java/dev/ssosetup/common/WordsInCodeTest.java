package dev.ssosetup.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No sentence for people is written in the main code: it lives in the message bundles, so that it
 * can be shown in English or Japanese. A simple scanner finds the string literals (text blocks too)
 * that hold words separated by spaces; each must be on an allow-list below that says why it stays
 * as it is in every language.
 */
class WordsInCodeTest {
  private static final Path MAIN = Path.of("src/main/java");

  /** Two words of letters with a space between: the mark of a sentence, or of part of one. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[ ]+\\p{L}{2,}");

  /**
   * A literal in these constructions reports a programming mistake, never a user's: the message is
   * for whoever reads the stack trace, in English like the JDK's own.
   */
  private static final Pattern PROGRAMMING_ERROR =
      Pattern.compile(
          "new (IllegalStateException|IllegalArgumentException|AssertionError"
              + "|UnsupportedOperationException|NullPointerException)\\(|requireNonNull\\(");

  /**
   * A command to type ({@code sso-setup configure --profile }, {@code aws configure set region })
   * or a config section ({@code [profile default]}): names that stay as they are in every language.
   */
  private static final Pattern COMMAND_OR_SECTION =
      Pattern.compile(
          "^(?:(?:sso-setup|aws)(?: [a-z][a-z0-9-]*)+(?: --[a-z-]+)* ?"
              + "|\\[(?:profile|sso-session) [^\\]]+])$");

  /** Whole folders or files whose literals stay English, and why. */
  private static final Map<String, String> ALLOWED_FILES =
      Map.ofEntries(
          Map.entry(
              "dev/ssosetup/sandbox/",
              "The sandbox imitates AWS: its error messages, pages and JSON are the services' own"
                  + " wire format, in English as AWS sends them."),
          Map.entry(
              "dev/ssosetup/common/Json.java",
              "The JSON reader's syntax errors describe a server's answer for --debug and bug"
                  + " reports; users see the translated sentence that wraps them."),
          Map.entry(
              "dev/ssosetup/cli/ParseErrors.java",
              "Patterns of picocli's English parse errors, read back into their parts to be said"
                  + " again from the bundles; they are never shown."),
          Map.entry(
              "dev/ssosetup/common/JsonWriter.java",
              "The JSON writer's errors are programming errors (a value that is not JSON), split"
                  + " out of Json.java with the same reason."),
          Map.entry(
              "dev/ssosetup/wizard/AwsCliWords.java",
              "The AWS CLI's own prompts and lines, word for word: guides and screenshots show them"
                  + " in English, and users compare the screen with them."),
          Map.entry(
              "dev/ssosetup/cli/StartUpArchive.java",
              "A --debug line about class-data sharing, for bug reports: in English like the"
                  + " wire log and the stack traces beside it."));

  /** Single literals that stay as they are, by file and by a pattern of the literal, and why. */
  private static final List<Allowed> ALLOWED_LITERALS =
      List.of(
          new Allowed(
              "dev/ssosetup/config/SdkSyntax.java",
              "^(Expected an '=' sign defining a property|Property did not have a name"
                  + "|(Profile|Section) definition must end with ']')$",
              "The AWS SDK for Java's own parse errors, word for word: sso-setup reproduces its"
                  + " parser, and doctor and verify quote what the SDK itself would say."),
          new Allowed(
              "dev/ssosetup/config/AwsConfigDocument.java",
              "^ on line $",
              "The end of the AWS SDK for Java's own parse errors ('... on line 3'), word for"
                  + " word, as in SdkSyntax."),
          new Allowed(
              "dev/ssosetup/config/Block.java",
              "^Expected a profile( or property)? definition$",
              "The AWS SDK for Java's own parse errors, word for word, as in SdkSyntax."),
          new Allowed(
              "dev/ssosetup/config/UnifiedDiff.java",
              "^\\n\\\\ No newline at end of file\\n$",
              "diff's own marker in a unified diff, machine output that patch reads."),
          new Allowed(
              "dev/ssosetup/auth/LoginScreens.java",
              "^(Attempting to automatically open the SSO authorization page in your default"
                  + " browser\\.|If the browser does not open or you wish to use a different device"
                  + " to authorize this| request, open the following URL:|Browser will not be automatically opened\\.|Please visit the"
                  + " following URL:|Then enter the code:|Alternatively, you may visit the following"
                  + " URL which will autofill the code upon)$",
              "The AWS CLI's own login screen, word for word: the team guide shows these English"
                  + " lines and readers compare them with their screen, so they stay English in every"
                  + " language, like the wizard's prompts."),
          new Allowed(
              "dev/ssosetup/auth/LoopbackServer.java",
              "^(<!DOCTYPE html>.*<title>|</title></head><body .*<h1>)$",
              "HTML markup of the browser page; its title and text come from the bundles."),
          new Allowed(
              "dev/ssosetup/common/LocalTimes.java",
              "^yyyy-MM-dd HH:mm z$",
              "A date-time pattern, not words: times read the same in every language."),
          new Allowed(
              "dev/ssosetup/credentials/ConsoleLink.java",
              "^ Action=getSigninToken Session=<redacted>$",
              "--debug's wire log of the request, in the form of the SDK's own wire log."),
          new Allowed(
              "dev/ssosetup/files/AtomicFileWriter.java",
              "^Too many levels of symbolic links$",
              "The system's own words for ELOOP, as the JDK reports a loop of links: the reason of"
                  + " a FileSystemException, seen in --debug traces."),
          new Allowed(
              "dev/ssosetup/files/FileLocks.java",
              "^Interrupted while waiting for a file lock$",
              "An InterruptedIOException's message, like the JDK's own: a thread was interrupted"
                  + " while it waited, for a trace, never a user's mistake."),
          new Allowed(
              "dev/ssosetup/cli/Throwables.java",
              "^Caused by: $",
              "--debug's stack trace, in the JVM's own format."),
          new Allowed(
              "dev/ssosetup/cli/VersionProvider.java",
              "^(\\(development build\\)|unknown vendor)$",
              "--version's lines are machine output (docs/spec.md §1.2), the same in every"
                  + " language."),
          new Allowed(
              "dev/ssosetup/cli/ProfilesCommand.java",
              "^(START URL|SSO REGION)$",
              "The table's column names name the config's keys and the AWS CLI's prompts"
                  + " (SSO start URL, SSO region); like them, they stay as they are."),
          new Allowed(
              "dev/ssosetup/cli/VerifyOutput.java",
              "^yyyy-MM-dd HH:mm:ss$",
              "A date pattern: bucket dates are printed as aws s3 ls prints them, in any"
                  + " language."));

  /** An allowed literal: where, which, and the reason it is not in the bundles. */
  private record Allowed(String file, Pattern literal, String why) {
    Allowed(String file, String literalRegex, String why) {
      this(file, Pattern.compile(literalRegex), why);
    }

    boolean covers(Found found) {
      return found.file().equals(file) && literal.matcher(found.literal()).find();
    }
  }

  /** A literal with words, where it is and the code before it in its statement. */
  record Found(String file, int line, String literal, String statement) {
    @Override
    public String toString() {
      return file + ":" + line + ": \"" + literal + "\"";
    }
  }

  @Test
  void noUserFacingSentenceIsLeftInTheMainCode() {
    List<Found> left = new ArrayList<>();
    for (Found found : scan()) {
      if (!justified(found)) {
        left.add(found);
      }
    }
    assertThat(left)
        .as("sentences in the code: move them into messages.properties and messages_ja.properties")
        .isEmpty();
  }

  @Test
  void everyAllowListEntryIsStillNeeded() {
    List<Found> all = scan();
    Set<String> stale = new TreeSet<>();
    for (Allowed allowed : ALLOWED_LITERALS) {
      if (all.stream().noneMatch(allowed::covers)) {
        stale.add(allowed.file() + " " + allowed.literal());
      }
    }
    for (String prefix : ALLOWED_FILES.keySet()) {
      if (all.stream().noneMatch(f -> f.file().startsWith(prefix))) {
        stale.add(prefix);
      }
    }
    assertThat(stale).as("allow-list entries that match nothing any more").isEmpty();
  }

  @Test
  void theScannerFindsSentencesAndSkipsCommentsAndProgrammingErrors() {
    String source =
        """
        class X {
          // a comment with "Some words" in it
          /* and "Block comment words" */
          void f() {
            out.println("Nothing was written.");
            String s = \"""
                A text block with words
                \""";
            char quote = '"';
            throw new IllegalStateException("a programming mistake");
          }
          @Option(names = "--x", description = "The xyz option")
          int x;
        }
        """;
    List<Found> found = literals("X.java", source);
    assertThat(found.stream().filter(WordsInCodeTest::hasWords).map(Found::literal))
        .containsExactly(
            "Nothing was written.",
            "A text block with words\n",
            "a programming mistake",
            "The xyz option");
    assertThat(found.stream().filter(f -> f.literal().equals("a programming mistake")))
        .allMatch(f -> PROGRAMMING_ERROR.matcher(f.statement()).find());
  }

  private static boolean justified(Found found) {
    return PROGRAMMING_ERROR.matcher(found.statement()).find()
        || COMMAND_OR_SECTION.matcher(found.literal()).matches()
        || ALLOWED_FILES.keySet().stream().anyMatch(found.file()::startsWith)
        || ALLOWED_LITERALS.stream().anyMatch(a -> a.covers(found));
  }

  private static boolean hasWords(Found found) {
    return WORDS.matcher(found.literal()).find();
  }

  private static List<Found> scan() {
    List<Found> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path path : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = MAIN.relativize(path).toString().replace('\\', '/');
        for (Found found : literals(name, Files.readString(path, StandardCharsets.UTF_8))) {
          if (hasWords(found)) {
            all.add(found);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /**
   * The string literals of a Java source, outside comments, each with the code of its statement
   * before it (from the last {@code ;}, <code>{</code> or <code>}</code>).
   */
  static List<Found> literals(String file, String source) {
    List<Found> found = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        statement.append(c);
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != '\'') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        i = end + 1;
      } else if (source.startsWith("\"\"\"", i)) {
        int start = source.indexOf('\n', i) + 1;
        int end = source.indexOf("\"\"\"", start);
        found.add(
            new Found(file, line, textBlock(source.substring(start, end)), statement.toString()));
        line += count(source, i, end);
        statement.append("\"\"");
        i = end + 3;
      } else if (c == '"') {
        int end = i + 1;
        StringBuilder literal = new StringBuilder();
        while (end < n && source.charAt(end) != '"') {
          if (source.charAt(end) == '\\' && end + 1 < n) {
            literal.append(unescape(source.charAt(end + 1)));
            end += 2;
          } else {
            literal.append(source.charAt(end++));
          }
        }
        found.add(new Found(file, line, literal.toString(), statement.toString()));
        statement.append("\"\"");
        i = end + 1;
      } else {
        if (c == ';' || c == '{' || c == '}') {
          statement.setLength(0);
        } else {
          statement.append(c);
        }
        i++;
      }
    }
    return found;
  }

  /** A text block's content with its common indentation removed, as the compiler reads it. */
  private static String textBlock(String raw) {
    return raw.stripIndent().translateEscapes();
  }

  private static char unescape(char c) {
    return switch (c) {
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      default -> c;
    };
  }

  private static int count(String source, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (source.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
