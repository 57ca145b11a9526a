/*
 * One WSIS entry line, e.g.
 *   go 28 June- 1 July 2005, Geneva (Switzerland), ITU - WSIS Thematic Meeting on Cybersecurity
 *   go PrepCom-2 : 17-25 February 2005, Geneva (Switzerland)
 *   go 7-10 June 2005 (see follow-up meetings of the conference "Measuring the Information Society")
 *   go Task Force on Financial Mechanisms (TFFM)
 *
 * Every entry rule ends in EOF. The date rules are reachable on their own (standaloneDateRange),
 * so DateRange.parse(...) and the entry lines share one source of truth.
 * The split of the free text after the place into organizers and title (and the recovery of
 * missing separators) is done by the builder over these tokens, not by rule recursion, so that
 * deeply nested parentheses cannot exhaust the stack.
 */
parser grammar WsisParser;

options { tokenVocab = WsisLexer; }

// =============================================================================================
// Entry rules
// =============================================================================================

entryLine
    : GO label? venue ( AND venue )* ( placeSeparator tail )? EOF     #meetingLine
    | GO dateRange crossReferenceNote EOF                              #crossReferenceLine
    | GO linkText EOF                                                  #linkLine
    ;

standaloneDateRange
    : dateRange EOF
    ;

// =============================================================================================
// Meeting lines
// =============================================================================================

/** "PrepCom-2 :" before the dates; the label becomes the meeting's title. */
label
    : labelStart labelPart* COLON
    ;

labelStart
    : ~( COLON | COMMA | NUMBER | ORDINAL | EOF )
    ;

labelPart
    : ~( COLON | COMMA | EOF )
    ;

/** Dates and an optional place; several venues may be joined by "and". */
venue
    : dateRange ( COMMA place )?
    ;

/**
 * "Geneva (Switzerland)", "Malta", "online", "Trinidad and Tobago". A place never holds a
 * number, so "and" followed by a number starts the next venue.
 */
place
    : placePart+ ( AND placePart+ )*
    ;

placePart
    : ~( COMMA | SEPARATOR | AND | NUMBER | ORDINAL | EOF )
    ;

/** After the place: a comma or a separating dash, then organizers and title. */
placeSeparator
    : COMMA
    | SEPARATOR
    ;

/** Organizers and title, split by the builder at the first separating dash outside parentheses. */
tail
    : ~EOF+
    ;

// =============================================================================================
// Cross-references and links
// =============================================================================================

/** (see follow-up meetings of the conference "Measuring the Information Society") */
crossReferenceNote
    : LPAREN SEE ~EOF* RPAREN
    ;

/** A go line that does not start with a date. */
linkText
    : ~( NUMBER | ORDINAL | EOF ) ~EOF*
    ;

// =============================================================================================
// Dates: day-first as on the WSIS pages, month-first as on related pages.
// The year written once at the end applies to the whole range.
// =============================================================================================

dateRange
    // Longer shapes first: where two readings fit ("30 December 2004 - 2 January 2005, ..." is also
    // "30 December 2004" followed by a dash), ANTLR takes the first alternative.
    : day month year rangeSeparator day month year                      #dayFirstCrossYear
    | day month rangeSeparator day month year                           #dayFirstCrossMonth
    | day rangeSeparator day month year                                 #dayFirstSameMonth
    | day month year                                                    #dayFirstSingle
    | monthName day COMMA? year rangeSeparator monthName day COMMA? year  #monthFirstCrossYear
    | monthName day rangeSeparator monthName day COMMA? year            #monthFirstCrossMonth
    | monthName day rangeSeparator day COMMA? year                      #monthFirstSameMonth
    | monthName day COMMA? year                                         #monthFirstSingle
    ;

day
    : NUMBER
    | ORDINAL
    ;

year
    : NUMBER
    ;

/** In day-first dates any word stands where the month goes, so that "5 Febtober 2005" is an unknown month. */
month
    : monthName
    | WORD
    ;

monthName
    : JANUARY | FEBRUARY | MARCH | APRIL | MAY | JUNE
    | JULY | AUGUST | SEPTEMBER | OCTOBER | NOVEMBER | DECEMBER
    ;

rangeSeparator
    : DASH
    | SEPARATOR
    | TO
    | UNTIL
    ;
