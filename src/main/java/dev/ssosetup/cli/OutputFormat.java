package dev.ssosetup.cli;

/** How {@code verify} and {@code doctor} print their results ({@code --format}). */
enum OutputFormat {
  /** For people: lines and tables. */
  TEXT,
  /** For scripts: one JSON document on standard output. */
  JSON
}
