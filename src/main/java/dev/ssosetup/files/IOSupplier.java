package dev.ssosetup.files;

import java.io.IOException;

/**
 * A supplier that may fail with an {@link IOException}, for work done under a {@link FileLocks}
 * lock.
 */
@FunctionalInterface
public interface IOSupplier<T> {
  T get() throws IOException;
}
