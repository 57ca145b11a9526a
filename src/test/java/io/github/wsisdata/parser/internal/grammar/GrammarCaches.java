package io.github.wsisdata.parser.internal.grammar;

import org.antlr.v4.runtime.dfa.DFA;

/** What the tests need to see of ANTLR's shared caches; no hook in production code. */
public final class GrammarCaches {
  private GrammarCaches() {}

  /**
   * Number of DFA states in the parser's shared prediction cache (shared by every parser instance,
   * so a fresh one shows it).
   *
   * @return the state count
   */
  public static int parserDfaStates() {
    int states = 0;
    for (DFA dfa : new WsisParser(null).getInterpreter().decisionToDFA) {
      states += dfa.states.size();
    }
    return states;
  }
}
