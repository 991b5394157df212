package dev.ssosetup.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Random config files and edits for the property tests, from a seed so that any failure can be
 * reproduced with {@code new ConfigGenerator(seed)}.
 */
final class ConfigGenerator {
  private static final String[] NAMES = {
    "dev", "prod", "qa", "a.b", "x:y", "team/admin", "default", "s3+1"
  };
  private static final String[] KEYS = {
    "region",
    "output",
    "sso_session",
    "sso_start_url",
    "Name",
    "name",
    "cli_pager",
    "role_arn",
    "s3"
  };
  private static final String[] SUB_KEYS = {
    "max_concurrent_requests", "addressing_style", "endpoint_url"
  };
  private static final String[] VALUES = {
    "us-east-1",
    "json",
    "値",
    "a=b",
    "x;y",
    "v#w",
    "https://d-1234567890.awsapps.com/start",
    "1",
    "\"q\""
  };
  private static final String[] COMMENTS = {"# c", "; c", "#", ";", "# 日本語のコメント", "#[profile x]"};

  private final Random random;
  private String eol;

  ConfigGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A file mixing every construct; meant to be valid, though now and then the SDK rejects one. */
  String file() {
    int style = random.nextInt(20);
    eol = style < 13 ? "\n" : style < 19 ? "\r\n" : "\r";
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(3); i > 0; i--) {
      line(out, random.nextBoolean() ? pick(COMMENTS) : blank());
    }
    for (int i = random.nextInt(8); i > 0; i--) {
      line(out, header());
      body(out);
      if (random.nextInt(3) > 0) {
        line(out, "");
      }
    }
    if (random.nextInt(40) == 0) {
      line(out, pick(new String[] {"key : value", "  orphan", "[profile broken", "= value"}));
    }
    if (random.nextInt(5) == 0 && out.length() > 0) {
      out.setLength(out.length() - eol.length()); // no final newline
    }
    return out.toString();
  }

  private void line(StringBuilder out, String text) {
    // Now and then a line ends differently from the rest of the file.
    String end = random.nextInt(30) == 0 ? "\r\n" : eol;
    out.append(text).append(end);
  }

  private String header() {
    String name = pick(NAMES);
    return switch (random.nextInt(14)) {
      case 0 -> "[default]";
      case 1 -> "[profile " + name + "]";
      case 2 -> "[profile\t" + name + "]";
      case 3 -> "[ profile " + name + " ]";
      case 4 -> "[profile " + name + "] ; comment";
      case 5 -> "[profile " + name + "]# comment";
      case 6, 7 -> "[sso-session " + name + "]";
      case 8 -> "[sso-session " + name + "] # comment";
      case 9 -> "[services " + name + "]";
      case 10 ->
          pick(
              new String[] {
                "[plugins]", "[foo bar]", "[profile in valid]", "[profilex]", "[sso-sesion x]"
              });
      default -> "[profile " + name + "]";
    };
  }

  private void body(StringBuilder out) {
    for (int i = random.nextInt(6); i > 0; i--) {
      switch (random.nextInt(9)) {
        case 0 -> line(out, blank());
        case 1 -> line(out, pick(COMMENTS));
        case 2 -> nestedBlock(out);
        case 3 -> {
          line(out, property(pick(KEYS), pick(VALUES)));
          for (int c = 1 + random.nextInt(2); c > 0; c--) {
            line(
                out,
                pick(new String[] {"  more", "\tcontinued # not a comment", "  ; also value"}));
          }
        }
        case 4 -> line(out, property("in valid", pick(VALUES)));
        default -> line(out, property(pick(KEYS), pick(VALUES)));
      }
    }
  }

  private void nestedBlock(StringBuilder out) {
    line(out, pick(new String[] {"s3 =", "s3=", "sts =\t", "dynamodb ="}));
    String indent = pick(new String[] {"  ", "    ", "\t"});
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      if (random.nextInt(5) == 0) {
        line(out, random.nextBoolean() ? "" : pick(COMMENTS));
      }
      line(out, indent + pick(SUB_KEYS) + pick(new String[] {" = ", "=", " =\t"}) + pick(VALUES));
    }
  }

  private String property(String key, String value) {
    String separator = pick(new String[] {" = ", "=", "\t=\t", " =  ", "= "});
    String comment =
        random.nextInt(4) == 0 ? pick(new String[] {" # note", "\t; note", "   # spaced"}) : "";
    return key + separator + value + comment;
  }

  private String blank() {
    return pick(new String[] {"", "", "  ", "\t", " \t "});
  }

  /** One edit of a document: the section it changes, whether it removes it, and a description. */
  record Change(
      SectionId section, boolean removal, Consumer<AwsConfigDocument> edit, String description) {}

  /** A random edit of what the document holds (or of something it does not hold). */
  Change change(AwsConfigDocument document) {
    List<SectionId> sections = new ArrayList<>();
    document.profileNames().forEach(name -> sections.add(SectionId.profile(name)));
    document.ssoSessionNames().forEach(name -> sections.add(SectionId.ssoSession(name)));
    document.servicesNames().forEach(name -> sections.add(SectionId.services(name)));
    SectionId existing =
        sections.isEmpty()
            ? SectionId.profile("dev")
            : sections.get(random.nextInt(sections.size()));
    List<String> keys = new ArrayList<>(document.properties(existing).keySet());
    String existingKey = keys.isEmpty() ? "region" : keys.get(random.nextInt(keys.size()));
    String value = value();
    switch (random.nextInt(20)) {
      case 0, 1, 2, 3, 4, 5 -> {
        return set(existing, existingKey, value);
      }
      case 6, 7, 8, 9 -> {
        return set(existing, pick(KEYS), value);
      }
      case 10, 11, 12 -> {
        SectionId.Kind kind = SectionId.Kind.values()[random.nextInt(3)];
        return set(
            new SectionId(kind, pick(new String[] {"gen-new", "default", "dev"})),
            pick(KEYS),
            value);
      }
      case 13, 14, 15 -> {
        return new Change(
            existing,
            false,
            d -> d.remove(existing, existingKey),
            "remove " + existing.header() + " " + existingKey);
      }
      case 16 -> {
        return new Change(
            existing, false, d -> d.remove(existing, "absent_key"), "remove absent key");
      }
      default -> {
        return new Change(
            existing, true, d -> d.removeSection(existing), "removeSection " + existing.header());
      }
    }
  }

  private static Change set(SectionId id, String key, String value) {
    return new Change(
        id,
        false,
        d -> d.set(id, key, value),
        "set " + id.header() + " " + key + " = " + value.replace("\n", "\\n"));
  }

  private String value() {
    return switch (random.nextInt(12)) {
      case 0 -> "a=b:c/d";
      case 1 -> "first second";
      case 2 -> "";
      default -> pick(VALUES);
    };
  }

  /**
   * Text with every kind of trouble: brackets, equals signs, comment marks, odd line ends, BOMs.
   */
  String garbage() {
    String[] pieces = {
      "[",
      "]",
      "=",
      "#",
      ";",
      " ",
      "\t",
      "\r",
      "\n",
      "\r\n",
      "profile ",
      "sso-session ",
      "services ",
      "default",
      "a",
      "Z",
      "9",
      "\uFEFF",
      "日",
      "\u0000",
      "\u000B",
      "\u00A0",
      "\uD800",
      ".",
      "+",
      "s3 =",
      "  k = v"
    };
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(60); i > 0; i--) {
      out.append(pick(pieces));
    }
    return out.toString();
  }

  /** Bytes that are often not UTF-8 at all. */
  byte[] garbageBytes() {
    String ascii = "[]=#; \t\r\nprofile";
    byte[] bytes = new byte[random.nextInt(80)];
    for (int i = 0; i < bytes.length; i++) {
      boolean any = random.nextInt(4) == 0;
      bytes[i] = (byte) (any ? random.nextInt(256) : ascii.charAt(random.nextInt(ascii.length())));
    }
    return bytes;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
