package dev.ssosetup.credentials;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * While a child runs in the foreground, the signals that would end this JVM are taken over:
 *
 * <ul>
 *   <li>{@code SIGINT} is ignored. At a terminal, Ctrl-C reaches the whole foreground process
 *       group, so the child has it already; sending it again would make programs that take a second
 *       Ctrl-C as "stop at once" (Terraform) skip their clean-up. This JVM just keeps waiting for
 *       the child, whose exit code it then reports.
 *   <li>{@code SIGTERM} and {@code SIGHUP} sent to this process alone are passed on to the child,
 *       and this JVM keeps waiting for it.
 * </ul>
 *
 * The JVM's own handlers are put back on {@link #close()}. Where a signal does not exist (Windows
 * has no SIGHUP) it is left alone. The JDK's {@code sun.misc.Signal} (module jdk.unsupported) is
 * reached by reflection, so that a runtime without that module still runs commands, only without
 * the relay.
 */
final class SignalRelay implements AutoCloseable {
  private static final Api API = Api.find();

  private final Map<Object, Object> previous = new LinkedHashMap<>();
  private volatile Process child;
  private final List<String> pending = new ArrayList<>();

  private final boolean windows;

  private SignalRelay(boolean windows) {
    this.windows = windows;
  }

  /** Takes over INT, TERM and HUP until closed; the child is named once it has started. */
  static SignalRelay install(boolean windows) {
    SignalRelay relay = new SignalRelay(windows);
    relay.handle("INT", () -> {});
    relay.handle("TERM", () -> relay.forward("TERM"));
    relay.handle("HUP", () -> relay.forward("HUP"));
    return relay;
  }

  /** The child to pass signals on to; a signal that came before it started is passed on now. */
  void child(Process process) {
    List<String> early;
    synchronized (pending) {
      child = process;
      early = new ArrayList<>(pending);
      pending.clear();
    }
    early.forEach(this::forward);
  }

  @Override
  public void close() {
    if (API != null) {
      previous.forEach(API::restore);
    }
    previous.clear();
  }

  private void handle(String name, Runnable action) {
    if (API == null) {
      return;
    }
    Object signal = API.signal(name);
    if (signal != null) {
      Object old = API.handle(signal, action);
      if (old != null) {
        previous.put(signal, old);
      }
    }
  }

  /** Sends the signal to the child: TERM as Process#destroy does, others through kill(1). */
  private void forward(String name) {
    Process process;
    synchronized (pending) {
      process = child;
      if (process == null) {
        pending.add(name);
        return;
      }
    }
    if (!process.isAlive()) {
      return;
    }
    if (name.equals("TERM")) {
      process.destroy();
      return;
    }
    if (windows) {
      return;
    }
    try {
      // The shell's own kill: there on every Unix, unlike /bin/kill in slim containers.
      new ProcessBuilder("/bin/sh", "-c", "kill -s " + name + " " + process.pid())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      // No shell to send it with: the child goes on until it ends by itself.
    }
  }

  /** {@code sun.misc.Signal} and {@code SignalHandler}, reached by reflection. */
  private record Api(
      Class<?> handlerType, java.lang.reflect.Constructor<?> newSignal, Method handle) {
    static Api find() {
      try {
        Class<?> signalType = Class.forName("sun.misc.Signal");
        Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
        return new Api(
            handlerType,
            signalType.getConstructor(String.class),
            signalType.getMethod("handle", signalType, handlerType));
      } catch (ReflectiveOperationException | LinkageError e) {
        return null;
      }
    }

    /** The signal of this name, or null when this system has none (or the JVM keeps it). */
    Object signal(String name) {
      try {
        return newSignal.newInstance(name);
      } catch (ReflectiveOperationException e) {
        return null;
      }
    }

    /** Installs a handler running the action; the handler it replaced, or null if it cannot. */
    Object handle(Object signal, Runnable action) {
      Object handler =
          Proxy.newProxyInstance(
              SignalRelay.class.getClassLoader(),
              new Class<?>[] {handlerType},
              (proxy, method, arguments) -> {
                switch (method.getName()) {
                  case "handle" -> action.run();
                  case "hashCode" -> {
                    return System.identityHashCode(proxy);
                  }
                  case "equals" -> {
                    return proxy == arguments[0];
                  }
                  case "toString" -> {
                    return "sso-setup signal relay";
                  }
                  default -> {
                    // Nothing else is ever called.
                  }
                }
                return null;
              });
      try {
        return handle.invoke(null, signal, handler);
      } catch (ReflectiveOperationException e) {
        return null; // IllegalArgumentException inside: the JVM uses this signal itself.
      }
    }

    void restore(Object signal, Object handler) {
      try {
        handle.invoke(null, signal, handler);
      } catch (ReflectiveOperationException e) {
        // It was installed, so it can be put back; nothing better to do if not.
      }
    }
  }
}
