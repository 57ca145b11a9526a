package io.github.wsisdata.parser.internal;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import io.github.wsisdata.parser.LineRole;
import java.time.LocalDate;

/** Receives what {@link PageReader} finds, in input order. */
interface PageSink {
  void role(int line, LineRole role);

  void title(String title);

  void lastUpdated(LocalDate date);

  /** A new section starts; its introduction follows once known. */
  void heading(String heading);

  /** The introduction of the current section ({@code ""} if none), before its first entry. */
  void introduction(String introduction);

  void entry(Entry entry);

  void diagnostic(Diagnostic diagnostic);
}
