/*
 * Tokens of one WSIS entry line ("go 28 June- 1 July 2005, Geneva (Switzerland), ITU - Title").
 *
 * The lexer is total: every character becomes some token (UNRECOGNIZED as the last resort), so that
 * strange input turns into positioned parser errors rather than console messages.
 * It is case-insensitive: "JANUARY", "january" and "January" are the same month.
 */
lexer grammar WsisLexer;

options { caseInsensitive = true; }

// ---------------------------------------------------------------------------------------------
// Months: one token per month, with its abbreviations and an optional period.
// The mapping token -> java.time.Month lives in MonthTable (our own table, never the locale's).
// ---------------------------------------------------------------------------------------------
JANUARY   : 'jan' ( 'uary'        | '.' )? ;
FEBRUARY  : 'feb' ( 'ruary'       | '.' )? ;
MARCH     : 'mar' ( 'ch'          | '.' )? ;
APRIL     : 'apr' ( 'il'          | '.' )? ;
MAY       : 'may' '.'? ;
JUNE      : 'jun' ( 'e'           | '.' )? ;
JULY      : 'jul' ( 'y'           | '.' )? ;
AUGUST    : 'aug' ( 'ust'         | '.' )? ;
SEPTEMBER : 'sep' ( 'tember' | 't' | '.' | 't.' )? ;
OCTOBER   : 'oct' ( 'ober'        | '.' )? ;
NOVEMBER  : 'nov' ( 'ember'       | '.' )? ;
DECEMBER  : 'dec' ( 'ember'       | '.' )? ;

// ---------------------------------------------------------------------------------------------
// Keywords
// ---------------------------------------------------------------------------------------------
GO        : 'go' ;
TO        : 'to' ;
UNTIL     : 'until' ;
AND       : 'and' ;
SEE       : 'see' ;

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------
ORDINAL   : DIGIT+ ( 'st' | 'nd' | 'rd' | 'th' ) ;
NUMBER    : DIGIT+ ;

// ---------------------------------------------------------------------------------------------
// Dashes. A dash with white space on at least one side is a separator (SEPARATOR, white space
// included in the token); a dash between two non-space characters (Asia-Pacific, 26-27) is DASH.
// ---------------------------------------------------------------------------------------------
SEPARATOR : SPACE+ DASH_CHAR SPACE* | DASH_CHAR SPACE+ ;
DASH      : DASH_CHAR ;

// ---------------------------------------------------------------------------------------------
// Punctuation
// ---------------------------------------------------------------------------------------------
COMMA     : ',' ;
COLON     : ':' ;
SLASH     : '/' ;
DOT       : '.' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACKET  : '[' ;
RBRACKET  : ']' ;

/**
 * A run of word characters: anything but white space, digits, and the punctuation, dashes and
 * quotes that have tokens or roles of their own. (Defined by what it excludes: the sets stay small,
 * which keeps the lexer's start-up cost low compared with \p{L}.)
 */
WORD      : WORD_CHAR+ ;

/** Any white space (NBSP, U+202F, U+2009, tabs...) separates tokens and is otherwise ignored. */
WS        : SPACE+ -> channel(HIDDEN) ;

/** Anything else (quotes, ampersands, symbols): kept as text, never a console message. */
UNRECOGNIZED : . ;

fragment DIGIT     : [0-9] ;
fragment WORD_CHAR : ~[\p{Zs}\t\u000B\u000C\r\n\u0085\u2028\u2029\u180E\u200B\uFEFF0-9,:/.()[\]\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D"\u201C\u201D\u201E\u00AB\u00BB'\u2018\u2019&;!?*+=<>|@#$%^_`~{}\\] ;
fragment SPACE     : [\p{Zs}\t\u000B\u000C\r\n\u0085\u2028\u2029\u180E\u200B\uFEFF] ;
fragment DASH_CHAR : [\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D] ;
