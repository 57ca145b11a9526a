package io.github.wsisdata.parser.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and keeps what it printed. */
final class Cli {
  private Cli() {}

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    return runWithStdin("", args);
  }

  static Result runWithStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err), in);
    return new Result(exit, out.toString(), err.toString());
  }
}
