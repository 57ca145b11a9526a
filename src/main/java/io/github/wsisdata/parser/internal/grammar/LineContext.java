package io.github.wsisdata.parser.internal.grammar;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The parser's rule contexts (the grammar's {@code contextSuperClass}): ANTLR's, with a child list
 * that starts with room for two children instead of ten, and grows to twelve at the third. Most
 * rules of an entry line have one or two children (a day, a year, a marker, a month), and a line
 * makes a few dozen rule contexts, so the default list was most of the tree's memory.
 */
public class LineContext extends ParserRuleContext {
  /** A context with no parent (as ANTLR's). */
  public LineContext() {}

  /**
   * A context of a rule invoked from a parent.
   *
   * @param parent the invoking rule's context
   * @param invokingStateNumber the ATN state it was invoked from
   */
  public LineContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) {
      children = new ArrayList<>(2);
    } else if (children.size() == 2) {
      // a third child: a rule of many tokens (a title, a place), grown once rather than by halves
      ((ArrayList<ParseTree>) children).ensureCapacity(12);
    }
    children.add(t);
    return t;
  }
}
