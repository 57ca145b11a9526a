package io.github.wsisdata.parser.internal.grammar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer simulator, with the lexer's DFA edges on end of input cached too. ANTLR caches an
 * edge for the characters 0 to 127 only, so the step from the last token's state to end of input
 * was simulated on the ATN (closure over configurations) once at the end of every line. The target
 * of a DFA state on a symbol depends on nothing but the state's configurations and the symbol (the
 * lexer has no semantic predicates), so it is computed once per state and kept here, beside the
 * shared DFA, and cleared with it ({@link GrammarRunner#clearCaches}).
 */
final class EofCachingSimulator extends LexerATNSimulator {
  /** DFA state (by identity first, as {@link DFAState#equals} is) to its target on EOF. */
  private static final Map<DFAState, DFAState> EOF_TARGETS = new ConcurrentHashMap<>();

  EofCachingSimulator(Lexer lexer) {
    super(lexer, WsisLexer._ATN, WsisLexer._decisionToDFA, WsisLexer._sharedContextCache);
  }

  @Override
  protected DFAState getExistingTargetState(DFAState s, int t) {
    return t == IntStream.EOF ? EOF_TARGETS.get(s) : super.getExistingTargetState(s, t);
  }

  @Override
  protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
    DFAState target = super.computeTargetState(input, s, t);
    if (t == IntStream.EOF && !s.configs.hasSemanticContext) {
      EOF_TARGETS.put(s, target);
    }
    return target;
  }

  /** Drops the cached end-of-input edges (with the DFA they belong to). */
  static void clear() {
    EOF_TARGETS.clear();
  }
}
