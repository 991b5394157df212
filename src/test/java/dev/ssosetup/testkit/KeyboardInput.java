package dev.ssosetup.testkit;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A terminal's keyboard for tests: bytes typed by the test are read by the terminal as they come,
 * and {@link #end()} is the end of input. Unlike a {@code PipedInputStream} it does not care which
 * threads write and read, and a read returns as soon as one byte is there.
 */
public final class KeyboardInput extends InputStream {
  private static final int END = -1;

  private final BlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();

  /** Types these keys (as UTF-8), all at once, as a terminal sends one key's escape sequence. */
  public void type(String keys) {
    for (byte b : keys.getBytes(StandardCharsets.UTF_8)) {
      bytes.add(b & 0xff);
    }
  }

  /** Ends the input: reads from now on return -1 once the typed bytes are consumed. */
  public void end() {
    bytes.add(END);
  }

  @Override
  public int read() throws InterruptedIOException {
    try {
      int b = bytes.take();
      if (b == END) {
        // Stay at the end for every later read.
        bytes.add(END);
      }
      return b;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a key");
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws InterruptedIOException {
    if (length == 0) {
      return 0;
    }
    int first = read();
    if (first == END) {
      return END;
    }
    buffer[offset] = (byte) first;
    int count = 1;
    while (count < length) {
      Integer next = bytes.peek();
      if (next == null || next == END) {
        break;
      }
      buffer[offset + count++] = (byte) (int) bytes.poll();
    }
    return count;
  }

  @Override
  public int available() {
    return (int) bytes.stream().takeWhile(b -> b != END).count();
  }

  @Override
  public void close() {
    end();
  }
}
