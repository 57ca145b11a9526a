package io.github.wsisdata.parser.internal.grammar;

import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The first syntax error of a parse, as {@link GrammarRunner} keeps it: all that is needed to
 * explain it without parsing again.
 *
 * @param offending the token at which reading failed (may be EOF)
 * @param context the innermost rule being parsed when it failed (its parents hold the partial tree
 *     of what was read before)
 * @param tokens every token of the text
 * @param chars the characters
 */
public record SyntaxError(
    Token offending, ParserRuleContext context, List<Token> tokens, CharStream chars) {}
