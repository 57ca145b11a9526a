package io.github.wsisdata.parser.cli;

import io.github.wsisdata.parser.InputFormat;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code wsis} command's options, as picocli reads them. The fields' initial values are the
 * options' defaults: the main job (no argument) runs without picocli, on a fresh instance ({@code
 * CliBehaviourTest} checks that the two agree). {@link #usageError} tells the combinations that
 * make no sense.
 */
@Command(
    name = "wsis",
    mixinStandardHelpOptions = true,
    versionProvider = Options.Version.class,
    sortOptions = false,
    description = {
      "Parses WSIS meeting pages (plain text or HTML, files or web archives) into clean data.",
      "With no INPUT, reads standard input when it is a pipe or a redirected file, else parses"
          + " the bundled page."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (warnings allowed)",
      "1:an input could not be read, a write failed, or --strict and an input has an error",
      "2:usage error"
    })
final class Options {
  @Parameters(
      paramLabel = "INPUT",
      description =
          "Page files (text or HTML, saved from a browser or a web archive), web archives"
              + " (WARC: .warc or .warc.gz, told by content), directories (searched recursively"
              + " for *.txt, *.html, *.htm, ..., *.warc and *.warc.gz), or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      defaultValue = "table",
      paramLabel = "FORMAT",
      description =
          "table, json, jsonl, csv, ics, jsonld or html (a report to open in a browser)"
              + " (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Option(
      names = "--input-format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      description = "auto, text or html (default: ${DEFAULT-VALUE}: HTML by file name or content).")
  InputFormat inputFormat = InputFormat.AUTO;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "Character set of text input (default: UTF-8, and windows-1252 for a page file that is"
              + " not valid UTF-8; HTML says its own).")
  Charset encoding;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Resolve relative links of HTML pages against URL when a page names no base.")
  java.net.URI baseUrl;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the data to FILE instead of standard output.")
  Path output;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Parse N inputs at a time (default: the number of cores).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-q", "--quiet"},
      description = "Report only errors on standard error: no warnings, no progress.")
  boolean quiet;

  @Option(
      names = "--dedupe",
      description =
          "Merge the same meeting (dates, title, resolved place) across pages into one record"
              + " listing every source; report near-duplicates (with -f json, jsonl or csv).")
  boolean dedupe;

  @Option(
      names = "--crawl",
      description =
          "Read the pages as a crawl, as web archives always are: write only WSIS meeting pages"
              + " (with an entry, or an entry line that cannot be read) and count the others.")
  boolean crawl;

  @Option(
      names = "--wide",
      description =
          "With the table: one line per meeting, as long as it comes (by default the table fits"
              + " $COLUMNS, the terminal, or 80 columns, and long text wraps).")
  boolean wide;

  @Option(
      names = "--summary",
      description =
          "Write how many meetings there are per year, per country and per organizer instead of"
              + " the meetings (as a table, or with -f json, jsonl or csv).")
  boolean summary;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only meetings that end on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only meetings that start on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  String to;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "Only meetings in this country (ISO code such as CH, or its name).")
  String country;

  @Option(
      names = "--organizer",
      paramLabel = "NAME",
      description = "Only meetings this organizer held (as written, or its acronym such as ITU).")
  String organizer;

  @Option(
      names = "--grep",
      paramLabel = "TEXT",
      description =
          "Only meetings whose title, description, place or organizers hold TEXT (any case).")
  String grep;

  /** The order of the meetings written. */
  enum Sort {
    SOURCE,
    DATE
  }

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "source",
      description =
          "source (as the pages list them) or date (start, then end: each page's meetings, and"
              + " with --dedupe all of them) (default: ${DEFAULT-VALUE}).")
  Sort sort = Sort.SOURCE;

  /** The filters, read (a date that is no date is a usage error, reported by usageError). */
  Selection selection() {
    return new Selection(
        from == null ? null : Selection.first(from),
        to == null ? null : Selection.last(to),
        country,
        organizer,
        grep,
        sort == Sort.DATE);
  }

  @Option(
      names = "--flat",
      description = "With -f json: one flat record per meeting (as jsonl) in an array.")
  boolean flat;

  @Option(
      names = "--excel",
      description = "With -f csv: start with a UTF-8 byte order mark, for spreadsheet programs.")
  boolean excel;

  @Option(
      names = "--unread",
      description =
          "List the dated lines that were read as text, not as entries (FILE:LINE:COLUMN: why:"
              + " the line), instead of the data.")
  boolean unread;

  @Option(
      names = "--strict",
      description = "Fail (exit 1, no data written) if any input has an error.")
  boolean strict;

  /**
   * A combination of options that makes no sense, reported as a usage error.
   *
   * @param err where to report it
   * @return 2 if there is one, else 0
   */
  int usageError(PrintWriter err) {
    if (dedupe && (format == Format.ICS || format == Format.JSONLD || format == Format.HTML)) {
      return Messages.usage(err, "--dedupe goes with the table, -f json, jsonl or csv");
    }
    if (wide && format != Format.TABLE) {
      return Messages.usage(err, "--wide goes with the table");
    }
    if (summary
        && (format == Format.ICS
            || format == Format.JSONLD
            || format == Format.HTML
            || unread
            || flat)) {
      return Messages.usage(err, "--summary goes with the table or -f json, jsonl or csv");
    }
    try {
      Selection s = selection();
      if (s.from() != null && s.to() != null && s.to().isBefore(s.from())) {
        return Messages.usage(err, "--to " + to + " is before --from " + from);
      }
    } catch (IllegalArgumentException e) {
      return Messages.usage(err, Terminal.escape(e.getMessage()));
    }
    if (unread && !selection().isAll()) {
      return Messages.usage(err, "--unread goes with no filter");
    }
    if (flat && format != Format.JSON && format != Format.CSV) {
      return Messages.usage(err, "--flat goes with -f json or -f csv (csv is always flat)");
    }
    if (unread && (format != Format.TABLE || dedupe)) {
      return Messages.usage(err, "--unread goes with neither -f nor --dedupe");
    }
    if (excel && format != Format.CSV) {
      return Messages.usage(err, "--excel goes with -f csv");
    }
    if (jobs < 1) {
      return Messages.usage(err, "--jobs must be 1 or more, not " + jobs);
    }
    if (output != null && !output.toString().equals(InputList.STDIN)) {
      java.nio.file.Path folder = output.toAbsolutePath().getParent();
      if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
        err.println(
            "wsis: cannot write "
                + Terminal.escape(output.toString())
                + ": the folder "
                + Terminal.escape(folder.toString())
                + " does not exist");
        return 1;
      }
      for (String input : inputs) {
        if (sameFile(input, output)) {
          return Messages.usage(
              err,
              "-o "
                  + Terminal.escape(output.toString())
                  + " is also an input: it would be overwritten; write elsewhere");
        }
      }
    }
    if (inputs.contains("")) {
      // an empty name would otherwise read the current folder
      err.println(
          "wsis: an input name is empty (\"\"): name a file, a folder or -; see wsis --help");
      return 2;
    }
    return 0;
  }

  /** Whether an input names the file {@code -o} names (both existing). */
  private static boolean sameFile(String input, java.nio.file.Path output) {
    try {
      java.nio.file.Path in = java.nio.file.Path.of(input);
      return java.nio.file.Files.exists(in)
          && java.nio.file.Files.exists(output)
          && java.nio.file.Files.isSameFile(in, output);
    } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
      return false; // not a file it could overwrite; reading it reports the problem
    }
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Options.class.getPackage().getImplementationVersion();
      return new String[] {"wsis " + (v == null ? "(development build)" : v)};
    }
  }
}
