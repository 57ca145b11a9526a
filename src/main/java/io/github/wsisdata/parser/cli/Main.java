package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code wsis} command: parses WSIS pages and prints what it found. */
@Command(
    name = "wsis",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Parses WSIS meeting pages (plain text) into clean data.")
public final class Main implements Callable<Integer> {
  /** The page bundled with the library, parsed when no input is given. */
  static final String BUNDLED_PAGE = "/wsis-regional-and-thematic-meetings.txt";

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "A page file (default: the bundled page).")
  Path input;

  private final PrintWriter out;
  private final PrintWriter err;

  Main(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command line.
   *
   * @param args arguments
   */
  public static void main(String[] args) {
    silenceLoggingSetup();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** The library logs through slf4j; the command line shows its own messages instead. */
  private static void silenceLoggingSetup() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main(out, err));
    cmd.setOut(out);
    cmd.setErr(err);
    return cmd.execute(args);
  }

  @Override
  public Integer call() {
    WsisDocument document;
    String source;
    try {
      if (input == null) {
        source = "bundled page";
        document = WsisParser.parse(bundledPage());
      } else {
        source = input.toString();
        document = WsisParser.parse(input);
      }
    } catch (IOException e) {
      err.println("wsis: cannot read " + e.getMessage());
      return 1;
    }
    document
        .diagnostics()
        .forEach(
            d ->
                err.println(
                    source
                        + ":"
                        + d.line()
                        + ":"
                        + d.column()
                        + ": "
                        + d.severity().name().toLowerCase(java.util.Locale.ROOT)
                        + ": "
                        + d.message()));
    new TableWriter(out).write(document);
    out.flush();
    return 0;
  }

  static String bundledPage() throws IOException {
    try (InputStream in = Main.class.getResourceAsStream(BUNDLED_PAGE)) {
      if (in == null) {
        throw new IOException("bundled page " + BUNDLED_PAGE + " (not on the class path)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"wsis " + (v == null ? "(development build)" : v)};
    }
  }
}
