package dev.ssosetup.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A header line and the lines up to the next header (for the first block, the lines before any
 * header), read on its own because the SDK's reader starts afresh at every header.
 */
final class Block {
  /** The header line, or null for the lines before the first header. */
  Line header;

  final List<Line> body = new ArrayList<>();

  /** Kept until a line of the block changes. */
  private Reading reading;

  Block(Line header) {
    this.header = header;
  }

  /** Call after changing {@link #header} or {@link #body}. */
  void changed() {
    reading = null;
  }

  Reading reading() {
    if (reading == null) {
      reading = Reading.of(this);
    }
    return reading;
  }

  /** The block's last line, or null for an empty first block. */
  Line lastLine() {
    return body.isEmpty() ? header : body.get(body.size() - 1);
  }

  void setLastLine(Line line) {
    if (body.isEmpty()) {
      header = line;
    } else {
      body.set(body.size() - 1, line);
    }
    changed();
  }

  int lineCount() {
    return (header == null ? 0 : 1) + body.size();
  }

  /** A property definition line, with the continuation lines that belong to it. */
  static final class Entry {
    /** Index in the body of the definition line, and of its last continuation line. */
    final int line;

    int last;
    final String key;
    final boolean valid;
    final String definedValue;
    final StringBuilder value;
    final List<Sub> subs = new ArrayList<>();

    Entry(int line, String key, boolean valid, String definedValue) {
      this.line = line;
      this.last = line;
      this.key = key;
      this.valid = valid;
      this.definedValue = definedValue;
      this.value = new StringBuilder(definedValue);
    }

    boolean continued() {
      return last > line;
    }
  }

  /** A sub-property line under a property with an empty value, read as {@code parent.key}. */
  record Sub(String key, String value, int line) {}

  /** What the SDK reads from one block. */
  static final class Reading {
    /** What the header declares; null for the first block. */
    final SdkSyntax.Header header;

    final List<Entry> entries = new ArrayList<>();

    /** Body index of the last property or continuation line, -1 when there is none. */
    int lastKeyLine = -1;

    /** The first error the SDK would raise in this block, and its body index (-1: the header). */
    String error;

    int errorLine;

    /** Every line the SDK would reject, in order (it stops at the first): body index, message. */
    final List<Map.Entry<Integer, String>> errors = new ArrayList<>();

    private Reading(SdkSyntax.Header header) {
      this.header = header;
    }

    SectionId id() {
      return header == null ? null : header.id();
    }

    static Reading of(Block block) {
      SdkSyntax.Header header = null;
      if (block.header != null) {
        try {
          header = SdkSyntax.header(block.header.text);
        } catch (SdkSyntax.SyntaxError e) {
          Reading broken = new Reading(SdkSyntax.Header.IGNORED);
          broken.fail(e.getMessage(), -1);
          return broken;
        }
      }
      Reading reading = new Reading(header);
      // The SDK skips every line of a section it ignores, errors included.
      if (header == null || header.id() != null) {
        reading.readBody(block.body, header == null);
      }
      return reading;
    }

    private void fail(String message, int line) {
      if (error == null) {
        error = message;
        errorLine = line;
      }
      if (errors.isEmpty() || errors.get(errors.size() - 1).getKey() != line) {
        errors.add(Map.entry(line, message));
      }
    }

    /**
     * Mirrors the SDK's property and continuation rules. It goes on after an error (the SDK stops)
     * so that the structure of a broken file is still known.
     */
    private void readBody(List<Line> body, boolean beforeAnyHeader) {
      Entry current = null;
      for (int i = 0; i < body.size(); i++) {
        String text = body.get(i).text;
        if (SdkSyntax.isBlank(text) || SdkSyntax.isComment(text)) {
          continue;
        }
        if (SdkSyntax.isContinuation(text)) {
          if (beforeAnyHeader || current == null) {
            fail("Expected a profile or property definition", i);
            continue;
          }
          current.last = i;
          lastKeyLine = i;
          if (!current.valid) {
            continue;
          }
          String trimmed = text.trim();
          if (current.definedValue.isEmpty()) {
            try {
              SdkSyntax.Property sub = SdkSyntax.property(trimmed);
              if (sub.validKey()) {
                current.subs.add(new Sub(current.key + "." + sub.key(), sub.value(), i));
              }
            } catch (SdkSyntax.SyntaxError e) {
              fail(e.getMessage(), i);
            }
          }
          current.value.append('\n').append(trimmed);
          continue;
        }
        lastKeyLine = i;
        if (beforeAnyHeader) {
          fail("Expected a profile definition", i);
          continue;
        }
        try {
          SdkSyntax.Property property = SdkSyntax.propertyLine(text);
          current = new Entry(i, property.key(), property.validKey(), property.value());
        } catch (SdkSyntax.SyntaxError e) {
          fail(e.getMessage(), i);
          current = new Entry(i, "", false, "");
        }
        entries.add(current);
      }
    }
  }
}
