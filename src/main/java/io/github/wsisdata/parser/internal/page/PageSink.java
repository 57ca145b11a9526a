package io.github.wsisdata.parser.internal.page;

import io.github.wsisdata.parser.Diagnostic;
import io.github.wsisdata.parser.Entry;
import java.util.function.Consumer;

/**
 * Where {@link PageReader} hands what it finds, in input order: every entry, every diagnostic, and
 * the page's outline (line roles, title, sections) for readers that build a whole document.
 *
 * @param entries receives each complete entry
 * @param diagnostics receives each diagnostic
 * @param outline receives the page structure ({@link PageOutline#NONE} to ignore it)
 */
public record PageSink(
    Consumer<Entry> entries, Consumer<Diagnostic> diagnostics, PageOutline outline) {}
