package dev.ssosetup.sandbox;

/**
 * Builds the small XML documents STS and S3 answer with, escaping text as XML (and HTML) requires.
 */
final class Xml {
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final StringBuilder out = new StringBuilder(DECLARATION);

  /** Opens an element, with an {@code xmlns} when one is given. */
  Xml open(String name, String namespace) {
    out.append('<').append(name);
    if (namespace != null) {
      out.append(" xmlns=\"").append(escape(namespace)).append('"');
    }
    out.append('>');
    return this;
  }

  Xml open(String name) {
    return open(name, null);
  }

  Xml close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** An element holding text; nothing when the text is null. */
  Xml element(String name, String text) {
    if (text != null) {
      out.append('<')
          .append(name)
          .append('>')
          .append(escape(text))
          .append("</")
          .append(name)
          .append('>');
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
