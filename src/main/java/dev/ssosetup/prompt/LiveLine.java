package dev.ssosetup.prompt;

import dev.ssosetup.common.DisplayWidth;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The one line at the cursor that is redrawn in place: a spinner's or a progress bar's. Whoever
 * draws on it draws through here, so two of them never mix their text on the line, a message
 * printed meanwhile goes above it, and erasing it leaves the cursor at the start of an empty line,
 * so that what follows starts clean. Text is cut to the terminal's width less one column, measured
 * as the terminal draws it (a Japanese character takes two columns), never in the middle of a
 * character: a full line would wrap, and a carriage return would then redraw only its second half.
 *
 * <p>Who may draw is decided here too. Holders (a wait's spinner, a progress bar) take the line in
 * turn: the newest one not yet released has it, and when it is released the one below has it again.
 * Two locks: the holders' (held while a spinner is started or stopped, which joins its thread) and
 * the line's own (held only while writing to the terminal, by the spinner's thread too), always
 * taken in that order.
 */
final class LiveLine {
  /** Something that draws on the line while it holds it. */
  interface Holder {
    /** It has the line now: draw (or start drawing). Called under the holders' lock. */
    void shown();

    /** Another holder has the line, or this one released it: stop drawing. */
    void hidden();
  }

  private final Terminal terminal;
  private final Object holdersLock = new Object();
  private final Deque<Holder> holders = new ArrayDeque<>();

  /** The text on the line now; null when the line is empty. */
  private String shown;

  LiveLine(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Whether the terminal's output is UTF-8 (a spinner then has Braille frames). */
  boolean utf8() {
    return StandardCharsets.UTF_8.equals(terminal.outputEncoding());
  }

  /** The columns a line may take: the terminal's width less one (80 when it is unknown). */
  int columns() {
    int width = terminal.getWidth();
    return (width > 0 ? width : 80) - 1;
  }

  /** Draws this text over whatever the line showed. */
  synchronized void draw(String text) {
    shown = DisplayWidth.start(text, columns());
    terminal.puts(Capability.carriage_return);
    terminal.writer().print(shown);
    terminal.puts(Capability.clr_eol);
    terminal.flush();
  }

  /** Empties the line, the cursor at its start. */
  synchronized void erase() {
    if (shown != null) {
      shown = null;
      terminal.puts(Capability.carriage_return);
      terminal.puts(Capability.clr_eol);
      terminal.flush();
    }
  }

  /** Prints something above the line: empties it, runs the printer, then draws it again. */
  synchronized void printAbove(Runnable printer) {
    String text = shown;
    erase();
    printer.run();
    if (text != null) {
      draw(text);
    }
  }

  /** Gives the line to this holder, until it is released; the one that had it waits below. */
  void take(Holder holder) {
    synchronized (holdersLock) {
      Holder below = holders.peek();
      if (below != null) {
        below.hidden();
      }
      holders.push(holder);
      holder.shown();
    }
  }

  /**
   * Takes the holder off the line (a second release does nothing): the one below has the line
   * again, and when there is none the line is erased.
   */
  void release(Holder holder) {
    synchronized (holdersLock) {
      boolean had = holders.peek() == holder;
      if (holders.remove(holder) && had) {
        holder.hidden();
        Holder below = holders.peek();
        if (below != null) {
          below.shown();
        } else {
          erase();
        }
      }
    }
  }

  /** Releases every holder and erases the line: a question is about to be asked on it. */
  void releaseAll() {
    synchronized (holdersLock) {
      Holder top = holders.peek();
      holders.clear();
      if (top != null) {
        top.hidden();
      }
      erase();
    }
  }

  /**
   * Runs {@code action} (which may draw) only while {@code holder} has the line, under the holders'
   * lock, so that no other holder takes the line in the middle of it.
   */
  void whileHolding(Holder holder, Runnable action) {
    synchronized (holdersLock) {
      if (holders.peek() == holder) {
        action.run();
      }
    }
  }
}
