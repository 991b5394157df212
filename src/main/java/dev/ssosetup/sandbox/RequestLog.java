package dev.ssosetup.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The requests served, oldest first, for tests to read and for the injected sink (the {@code
 * sandbox} command prints each). It keeps the newest {@value #CAPACITY} so that a long-running
 * sandbox does not grow without end.
 */
final class RequestLog {
  static final int CAPACITY = 100_000;

  private final Deque<RequestRecord> records = new ArrayDeque<>();
  private final Consumer<RequestRecord> sink;

  RequestLog(Consumer<RequestRecord> sink) {
    this.sink = sink;
  }

  void add(RequestRecord record) {
    synchronized (records) {
      if (records.size() == CAPACITY) {
        records.removeFirst();
      }
      records.addLast(record);
    }
    sink.accept(record);
  }

  List<RequestRecord> snapshot() {
    synchronized (records) {
      return List.copyOf(records);
    }
  }

  void clear() {
    synchronized (records) {
      records.clear();
    }
  }
}
