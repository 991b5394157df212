package dev.ssosetup.testkit;

import dev.ssosetup.auth.BrowserOpener;
import dev.ssosetup.sandbox.Sandbox;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A browser opener for tests: it records each URL and, unless told otherwise, visits it at once in
 * the sandbox as a person approving the login would ({@link Sandbox#approveInBrowser}).
 */
public final class ApprovingBrowser implements BrowserOpener {
  private final Sandbox sandbox;
  private final boolean approve;
  private final List<URI> opened = new ArrayList<>();
  private final List<String> results = new ArrayList<>();

  private ApprovingBrowser(Sandbox sandbox, boolean approve) {
    this.sandbox = sandbox;
    this.approve = approve;
  }

  /** Visits every page it is asked to open, approving what the page asks. */
  public static ApprovingBrowser approving(Sandbox sandbox) {
    return new ApprovingBrowser(sandbox, true);
  }

  /** Records the pages but never visits them (a person who walked away). */
  public static ApprovingBrowser ignoring() {
    return new ApprovingBrowser(null, false);
  }

  @Override
  public synchronized boolean open(URI uri) {
    opened.add(uri);
    if (approve) {
      results.add(sandbox.approveInBrowser(uri));
    }
    return true;
  }

  /** The URLs opened so far. */
  public synchronized List<URI> opened() {
    return List.copyOf(opened);
  }

  /** The last URL opened; fails when none was. */
  public synchronized URI last() {
    if (opened.isEmpty()) {
      throw new AssertionError("No page was opened");
    }
    return opened.get(opened.size() - 1);
  }

  /** What each visit ended at: status and URL, secrets redacted. */
  public synchronized List<String> results() {
    return List.copyOf(results);
  }
}
