package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.WsisParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * The {@code wsis} command: parses WSIS pages and writes them as a table, JSON, CSV, iCalendar or
 * JSON-LD. Data goes to standard output (or {@code --output}); diagnostics go to standard error as
 * {@code FILE:LINE:COLUMN: warning|error: message}. A thin shell over the library's public API:
 * {@link Options} reads the arguments, {@link InputList} finds the inputs, {@link OrderedRunner}
 * parses and writes them in order, {@link AtomicOutput} puts the data in place, {@link Messages}
 * says what went wrong.
 *
 * <p>Exit codes: 0 success (warnings allowed); 1 an input could not be read, or {@code --strict}
 * and an input has an ERROR; 2 usage error.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args arguments
   */
  public static void main(String[] args) {
    useNoLoggingBackend();
    startEarly(args);
    // the file descriptor itself: System.out is a PrintStream, which hides write errors
    Writer out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8),
            1 << 16);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err, System.in, true);
    err.flush();
    System.exit(code);
  }

  /**
   * Start-up: on a second thread, parse the bundled page when there are no arguments, or one sample
   * line otherwise (this loads ANTLR's tables), while picocli starts on the main thread. Measured
   * in bench/LOG.md; results never depend on it.
   */
  private static void startEarly(String[] args) {
    if (args.length == 0 && !Terminal.standardInputHasData()) {
      InputList.readBundledPageEarly();
      return;
    }
    Thread thread =
        new Thread(
            () ->
                WsisParser.parseText(
                    " W\n\ngo 1-2 May 2005, Geneva (Switzerland), ITU - Warm-up\n"),
            "wsis-early-start");
    thread.setDaemon(true);
    thread.start();
  }

  /** The library logs through SLF4J; the command line reports to stderr itself instead. */
  private static void useNoLoggingBackend() {
    // picocli would load java.sql to offer converters for its types; no option here uses them
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.sql\\..*");
    }
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  static int run(String[] args, Writer out, PrintWriter err, InputStream stdin) {
    return run(args, out, err, stdin, false);
  }

  /**
   * Runs the command line.
   *
   * @param console whether {@code out} and {@code err} are the process's standard output and error,
   *     which may be terminals (progress, table width)
   */
  static int run(String[] args, Writer out, PrintWriter err, InputStream stdin, boolean console) {
    Options options = new Options();
    if (args.length == 0) {
      // the main job: no argument to read, so no picocli model to build (a third of the start-up
      // time, bench/LOG.md); the fields' initial values are the options' defaults
      int code = guarded(() -> call(options, out, err, stdin, console), err);
      err.flush();
      return code;
    }
    PrintWriter help = new PrintWriter(out);
    CommandLine cmd = new CommandLine(options);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(help);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(
        (e, arguments) -> Messages.usage(err, Terminal.escape(String.valueOf(e.getMessage()))));
    cmd.setExecutionStrategy(
        parsed -> {
          Integer helped = CommandLine.executeHelpRequest(parsed);
          if (helped != null) {
            return helped;
          }
          try {
            return call(options, out, err, stdin, console);
          } catch (Exception e) {
            // every failure goes to the execution exception handler (one line, no stack trace)
            throw new CommandLine.ExecutionException(cmd, String.valueOf(e.getMessage()), e);
          }
        });
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Messages.unexpected(e, err);
          return 1;
        });
    int code = guarded(() -> cmd.execute(args), err);
    help.flush();
    err.flush();
    return code;
  }

  /** Runs the command with its options read. */
  private static int call(
      Options options, Writer out, PrintWriter err, InputStream stdin, boolean console)
      throws IOException {
    int usage = options.usageError(err);
    if (usage != 0) {
      return usage;
    }
    List<InputList.Input> inputs = new ArrayList<>();
    // no input named: standard input when it brings data (a pipe, a redirected file), else the
    // bundled page (only the real process looks at its standard input; tests pass their own)
    boolean pipe = console && options.inputs.isEmpty() && Terminal.standardInputHasData();
    int exit =
        InputList.expand(
                pipe ? List.of(InputList.STDIN) : options.inputs, inputs, err, options.quiet)
            ? 0
            : 1;
    return AtomicOutput.write(
        options.output,
        options.strict,
        exit,
        out,
        err,
        to -> {
          try (Progress progress =
              console
                  ? Progress.onStandardError(inputs.size(), options.quiet)
                  : new Progress(inputs.size(), false, System::nanoTime, null)) {
            DocumentWriter writer =
                options.unread
                    ? new UnreadWriter()
                    : options.summary
                        ? new SummaryWriter(options.format)
                        : options.format == Format.TABLE
                            ? new TableWriter(
                                options.wide
                                    ? 0
                                    : console && to == out
                                        ? TableWriter.width(Terminal.isTerminal(1))
                                        : TableWriter.DEFAULT_WIDTH)
                            : options.dedupe
                                ? DocumentWriter.merged(options.format, options.excel)
                                : DocumentWriter.of(options.format, options.excel, options.flat);
            return new OrderedRunner(options, err, stdin, progress, writer).run(inputs, to);
          }
        });
  }

  /** Runs the command; an out-of-memory or any other failure is one line on {@code err}, exit 1. */
  private static int guarded(Callable<Integer> command, PrintWriter err) {
    try {
      return command.call();
    } catch (OutOfMemoryError e) {
      // one line, no stack trace: the heap (-Xmx) was too small for this input
      err.println(
          "wsis: out of memory (heap of "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MiB); give Java more with -Xmx, or split the input");
      return 1;
    } catch (Throwable e) { // NOPMD: the command line's last resort, one line and exit 1
      Messages.unexpected(e, err);
      return 1;
    }
  }
}
