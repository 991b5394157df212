package dev.ssosetup.populate;

/**
 * Told how the listing goes, so that a terminal can show it; {@link #NONE} shows nothing (on a
 * pipe, and in tests). Called from several threads, after every portal call: keep it quick.
 */
public interface ProgressListener {
  ProgressListener NONE = progress -> {};

  /** The listing begins; every {@link #update} until {@link #finish} is about it. */
  default void start() {}

  void update(Progress progress);

  /** The listing is over, done or failed; a display removes itself here. */
  default void finish() {}
}
